package org.chorale.espd;

import java.util.List;

import org.chorale.shared.Text;

/**
 * A structure's company profile, ESPD Part II A and B, kept once and written into each
 * response: identity (pre-filled from the SIRENE register), address, contact, size, and
 * its representatives.
 *
 * @param identifier the SIRET, or the structure's other identifier
 * @param country ISO 3166 alpha-3, as ESPD-EDM 4.x lists countries ({@code FRA})
 * @param size micro, small, medium or large (the economic-operator-size list)
 */
record CompanyProfile(String name, String identifier, String vatNumber, String street, String postalCode, String city,
		String country, String contactName, String contactEmail, String contactPhone, String website, String size,
		List<Representative> representatives) {

	static final List<String> SIZES = List.of("micro", "small", "medium", "large");

	CompanyProfile {
		representatives = (representatives == null) ? List.of() : representatives;
	}

	/**
	 * The profile as typed, trimmed and bounded.
	 * @throws org.chorale.shared.Refusal on the field at fault
	 */
	CompanyProfile checked() {
		if (this.country != null && !this.country.isBlank() && !this.country.strip().matches("[A-Z]{3}")) {
			throw new org.chorale.shared.Refusal("country", "espd.profile.countryCode");
		}
		if (this.size != null && !this.size.isBlank() && !SIZES.contains(this.size)) {
			throw new org.chorale.shared.Refusal("size", "espd.profile.size.invalid");
		}
		return new CompanyProfile(Text.required(this.name, "name", 200),
				Text.required(this.identifier, "identifier", 80), Text.optional(this.vatNumber, "vatNumber", 30),
				Text.optional(this.street, "street", 200), Text.optional(this.postalCode, "postalCode", 20),
				Text.optional(this.city, "city", 100),
				(this.country == null || this.country.isBlank()) ? "FRA" : this.country.strip(),
				Text.optional(this.contactName, "contactName", 200),
				Text.optional(this.contactEmail, "contactEmail", 200),
				Text.optional(this.contactPhone, "contactPhone", 40), Text.optional(this.website, "website", 200),
				(this.size == null || this.size.isBlank()) ? null : this.size, checkedRepresentatives());
	}

	/**
	 * The representatives filled in, checked; one with a first name but no family name
	 * (or the other way round) is refused by its rank.
	 */
	private List<Representative> checkedRepresentatives() {
		List<Representative> filled = new java.util.ArrayList<>();
		for (int i = 0; i < this.representatives.size(); i++) {
			Representative representative = this.representatives.get(i);
			if (representative == null || representative.blank()) {
				continue;
			}
			try {
				filled.add(representative.checked());
			}
			catch (org.chorale.shared.Refusal ex) {
				throw org.chorale.shared.Refusal.of("espd.profile.representative", i + 1);
			}
		}
		return filled;
	}

	/** A person who represents the company (Part II B). */
	record Representative(String firstName, String familyName, String position) {

		boolean blank() {
			return (this.firstName == null || this.firstName.isBlank())
					&& (this.familyName == null || this.familyName.isBlank());
		}

		Representative checked() {
			return new Representative(Text.required(this.firstName, "firstName", 100),
					Text.required(this.familyName, "familyName", 100), Text.optional(this.position, "position", 200));
		}

	}

}
