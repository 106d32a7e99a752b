package org.chorale.account;

import java.util.Optional;
import java.util.regex.Pattern;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Refusal;
import org.chorale.shared.Text;
import org.chorale.system.FormErrors;

import org.springframework.validation.BindingResult;

/**
 * What a person says about themselves when creating an account or editing it in "Mon
 * compte". Names are free text (always shown escaped) within limits; the phone number is
 * optional.
 */
public record PersonDetails(String firstName, String lastName, Optional<String> phone, EmailAddress contactEmail) {

	static final int NAME_MAX = 100;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,30}");

	public PersonDetails {
		firstName = name(firstName, "firstName");
		lastName = name(lastName, "lastName");
		phone = phone.map(PersonDetails::phone).filter(value -> !value.isEmpty());
		if (contactEmail == null) {
			throw new Refusal("contactEmail", "email.required");
		}
	}

	/**
	 * The details from a form's fields (named firstName, lastName, phone, contactEmail),
	 * or empty with every wrong field's error recorded.
	 */
	public static Optional<PersonDetails> from(BindingResult result, String firstName, String lastName, String phone,
			String contactEmail) {
		boolean valid = FormErrors.field(result, "firstName", () -> name(firstName, "firstName")).isPresent();
		valid &= FormErrors.field(result, "lastName", () -> name(lastName, "lastName")).isPresent();
		valid &= FormErrors.field(result, "phone", () -> phone(phone)).isPresent();
		Optional<EmailAddress> contact = FormErrors.field(result, "contactEmail", () -> new EmailAddress(contactEmail));
		if (!valid || contact.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PersonDetails(firstName, lastName, Optional.ofNullable(phone), contact.get()));
	}

	private static String name(String value, String field) {
		return Text.required(value, field, NAME_MAX);
	}

	private static String phone(String value) {
		String phone = (value == null) ? "" : value.strip();
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			throw new Refusal("phone", "account.phone.invalid");
		}
		return phone;
	}

	public String displayName() {
		return this.firstName + " " + this.lastName;
	}

}
