package org.chorale.cpro;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Chorus Pro's paging of a search ({@code pageResultatDemandee}, from 1, and
 * {@code nbResultatsParPage}, 10 unless asked otherwise, at most {@link #MAX_SIZE}; 0
 * counts as not given, as Go's clients send it), with the sort asked ({@code triColonne},
 * {@code triSens} Ascendant or Descendant).
 */
record Paging(int page, int size, String sortColumn, boolean ascending) {

	static final int DEFAULT_SIZE = 10;

	static final int MAX_SIZE = 500;

	/** The paging of a request's {@code parametres} (or its top level), checked. */
	static Paging of(Parameters parameters) {
		if (parameters == null) {
			return new Paging(1, DEFAULT_SIZE, null, false);
		}
		int page = (parameters.pageResultatDemandee() == null || parameters.pageResultatDemandee() == 0) ? 1
				: parameters.pageResultatDemandee();
		int size = (parameters.nbResultatsParPage() == null || parameters.nbResultatsParPage() == 0) ? DEFAULT_SIZE
				: parameters.nbResultatsParPage();
		if (page < 1) {
			throw ApiFailure.invalid("cpro.error.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ApiFailure.invalid("cpro.error.pageSize", MAX_SIZE);
		}
		String sens = (parameters.triSens() == null) ? null : parameters.triSens().strip();
		if (sens != null && !sens.isBlank() && !sens.equalsIgnoreCase("Ascendant")
				&& !sens.equalsIgnoreCase("Descendant")) {
			throw ApiFailure.invalid("cpro.error.sortDirection", sens);
		}
		return new Paging(page, size, parameters.triColonne(), "Ascendant".equalsIgnoreCase(sens));
	}

	int offset() {
		long offset = (long) (this.page - 1) * this.size;
		if (offset > 100_000) {
			throw ApiFailure.invalid("cpro.error.pageTooFar");
		}
		return (int) offset;
	}

	/**
	 * The request fields of a page, wherever a request puts them; go-choruspro spells the
	 * direction {@code triSense}.
	 */
	record Parameters(Integer pageResultatDemandee, Integer nbResultatsParPage, String triColonne,
			@JsonAlias("triSense") String triSens) {

	}

}
