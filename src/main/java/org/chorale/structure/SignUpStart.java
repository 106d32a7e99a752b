package org.chorale.structure;

import java.util.Optional;

import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sirene.Establishment;
import org.chorale.sirene.PostalAddress;
import org.chorale.sirene.RegisterUnavailable;
import org.chorale.sirene.SireneManagement;
import org.chorale.system.FormErrors;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks the first sign-up step. A SIRET must be in the SIRENE register and open; the
 * structure form is then pre-filled from it. A structure already on the platform is
 * joined instead of created.
 */
@Component
class SignUpStart {

	private final SireneManagement sirene;

	private final StructureManagement structures;

	private final AccountManagement accounts;

	SignUpStart(SireneManagement sirene, StructureManagement structures, AccountManagement accounts) {
		this.sirene = sirene;
		this.structures = structures;
		this.accounts = accounts;
	}

	/** The journey started from the form, or empty with the form's errors recorded. */
	Optional<SignUp> start(StartForm form, BindingResult result) {
		Optional<EmailAddress> login = FormErrors.field(result, "loginEmail",
				() -> new EmailAddress(form.loginEmail()));
		login.filter(email -> this.accounts.find(email).isPresent())
			.ifPresent(
					email -> result.rejectValue("loginEmail", "account.exists", new Object[] { email.value() }, null));
		SignUp signUp = new SignUp();
		boolean identified = form.withoutSiret() ? identifyWithoutSiret(form, result, signUp)
				: identifyBySiret(form, result, signUp);
		if (login.isEmpty() || !identified || result.hasErrors()) {
			return Optional.empty();
		}
		signUp.loginEmail = login.get().value();
		signUp.existingStructure = this.structures.find(signUp.structureIdentifier())
			.map(existing -> existing.id().value())
			.orElse(null);
		return Optional.of(signUp);
	}

	private boolean identifyBySiret(StartForm form, BindingResult result, SignUp signUp) {
		Optional<Siret> siret = FormErrors.field(result, "siret", () -> new Siret(form.siret()));
		Optional<Establishment> found = siret.flatMap(valid -> FormErrors.field(result, "siret", () -> lookUp(valid)));
		found.ifPresent(establishment -> prefill(signUp, establishment));
		return found.isPresent();
	}

	private Establishment lookUp(Siret siret) {
		try {
			Establishment establishment = this.sirene.find(siret)
				.orElseThrow(() -> new Refusal("siret", "signUp.siret.unknown", siret.formatted()));
			if (!establishment.active()) {
				throw new Refusal("siret", "signUp.siret.closed", siret.formatted());
			}
			return establishment;
		}
		catch (RegisterUnavailable ex) {
			throw new Refusal("siret", "sirene.unavailable");
		}
	}

	private static void prefill(SignUp signUp, Establishment establishment) {
		signUp.identifierType = IdentifierType.SIRET;
		signUp.identifier = establishment.siret().value();
		signUp.country = Country.FRANCE.code();
		signUp.nonDiffusible = establishment.nonDiffusible();
		signUp.kind = StructureKind.of(establishment.categorieJuridique());
		Optional<PostalAddress> address = establishment.address();
		signUp.structure = new StructureForm(establishment.legalName().orElse(""),
				address.map(PostalAddress::street).orElse(""), address.map(PostalAddress::complement).orElse(""),
				address.map(PostalAddress::postalCode).orElse(""), address.map(PostalAddress::city).orElse(""),
				Country.FRANCE.code(), "", "", "", "", false);
	}

	private static boolean identifyWithoutSiret(StartForm form, BindingResult result, SignUp signUp) {
		if (form.identifierType() == null || form.identifierType() == IdentifierType.SIRET) {
			result.rejectValue("identifierType", "identifier.type.required");
			return false;
		}
		Optional<StructureIdentifier> identifier = FormErrors.field(result, "identifier",
				() -> new StructureIdentifier(form.identifierType(), form.identifier()));
		Optional<Country> country = FormErrors.field(result, "country", () -> new Country(form.country()));
		country.filter(chosen -> !StructureCountries.matches(form.identifierType(), chosen, identifier))
			.ifPresent(chosen -> result.rejectValue("country", "signUp.country.mismatch",
					new Object[] { chosen.code() }, null));
		if (identifier.isEmpty() || country.isEmpty()) {
			return false;
		}
		signUp.identifierType = identifier.get().type();
		signUp.identifier = identifier.get().value();
		signUp.country = country.get().code();
		signUp.kind = StructureKind.PRIVEE;
		signUp.structure = new StructureForm("", "", "", "", "", country.get().code(), "", "", "", "", false);
		return true;
	}

}
