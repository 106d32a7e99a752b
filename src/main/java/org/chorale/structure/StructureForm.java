package org.chorale.structure;

import java.io.Serializable;
import java.util.Optional;

import org.chorale.account.PersonDetails;
import org.chorale.system.FormErrors;

import org.springframework.validation.BindingResult;

/**
 * The second sign-up step: the structure (pre-filled from SIRENE) and the person. The
 * address fields are ignored for a non-diffusible structure.
 */
record StructureForm(String name, String addressLine, String addressComplement, String postalCode, String city,
		String addressCountry, String firstName, String lastName, String phone, String contactEmail,
		Boolean termsAccepted) implements Serializable {

	StructureForm {
		termsAccepted = Boolean.TRUE.equals(termsAccepted);
	}

	Optional<StructureDetails> structure(BindingResult result, boolean nonDiffusible) {
		Optional<String> checkedName = FormErrors.field(result, "name",
				() -> new StructureDetails(this.name, Optional.empty()).name());
		Optional<Address> address = Optional.empty();
		if (!nonDiffusible) {
			Optional<Country> country = FormErrors.field(result, "addressCountry",
					() -> new Country(this.addressCountry));
			address = FormErrors.field(result, "addressLine", () -> new Address(this.addressLine,
					this.addressComplement, this.postalCode, this.city, country.orElse(Country.FRANCE)));
			if (address.isEmpty() || country.isEmpty()) {
				return Optional.empty();
			}
		}
		Optional<Address> checkedAddress = address;
		return checkedName.map(valid -> new StructureDetails(valid, checkedAddress));
	}

	Optional<PersonDetails> person(BindingResult result) {
		return PersonDetails.from(result, this.firstName, this.lastName, this.phone, this.contactEmail);
	}

	boolean termsChecked(BindingResult result) {
		if (!this.termsAccepted) {
			result.rejectValue("termsAccepted", "signUp.terms.required");
		}
		return this.termsAccepted;
	}

}
