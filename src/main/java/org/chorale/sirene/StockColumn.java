package org.chorale.sirene;

/**
 * One column Chorale keeps from an INSEE stock file: INSEE's header name, our column, and
 * how a value is checked.
 *
 * @param insee the header INSEE gives the column ({@code statutDiffusionEtablissement})
 * @param column the column of our table ({@code statut_diffusion})
 * @param check what the value must look like
 * @param address whether the value is part of the address, never kept for a partially
 * diffusible establishment
 */
record StockColumn(String insee, String column, Check check, boolean address) {

	static StockColumn of(String insee, String column, Check check) {
		return new StockColumn(insee, column, check, false);
	}

	static StockColumn address(String insee, String column) {
		return new StockColumn(insee, column, Check.TEXT, true);
	}

	/**
	 * How a value is checked and what is stored; INSEE writes "[ND]" for what it does not
	 * disclose.
	 */
	enum Check {

		TEXT(null), DIGITS_9("\\d{9}"), DIGITS_14("\\d{14}"), DIGITS_5("\\d{5}"), DIFFUSION("[OPN]"),
		ETAT_ETABLISSEMENT("[AF]"), ETAT_UNITE_LEGALE("[AC]"), BOOLEAN("true|false"), DATE(null);

		private final java.util.regex.Pattern pattern;

		Check(String regex) {
			this.pattern = (regex != null) ? java.util.regex.Pattern.compile(regex) : null;
		}

		/**
		 * @return the value to store, null for an empty or undisclosed text or date
		 * @throws IllegalArgumentException when a required value is missing or not of its
		 * form
		 */
		String accept(String value) {
			if (value == null || value.isEmpty() || (this == TEXT && value.equals("[ND]"))) {
				if (this == TEXT || this == DATE) {
					return null;
				}
				throw new IllegalArgumentException();
			}
			if (this == DATE) {
				return IsoDate.check(value);
			}
			if (this.pattern != null && !this.pattern.matcher(value).matches()) {
				throw new IllegalArgumentException();
			}
			return value;
		}

	}

}
