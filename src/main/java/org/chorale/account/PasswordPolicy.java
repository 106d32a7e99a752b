package org.chorale.account;

import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.chorale.shared.Refusal;

import org.springframework.stereotype.Component;

/**
 * The password rules shown on the page: at least 12 characters (at most 128), and not a
 * common password or one easily guessed from the person's names and e-mail. "Easily
 * guessed" is zxcvbn's estimate (score under 3 of 4), which knows the common password
 * lists, keyboard patterns, dates and substitutions such as "P@ssw0rd".
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final int MIN_SCORE = 3;

	private static final int MIN_OTHER_LETTERS = 6;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * @param personal what an attacker knows of the person (names, e-mail): a password
	 * made of them is refused
	 * @throws Refusal on the field {@code password}, saying which rule is not met
	 */
	void check(CharSequence password, List<String> personal) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new Refusal("password", "account.password.tooShort", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new Refusal("password", "account.password.tooLong", MAX_LENGTH);
		}
		Strength strength = this.zxcvbn.measure(password, personal);
		if (strength.getScore() < MIN_SCORE || mostlyPersonal(password.toString(), personal)) {
			throw new Refusal("password", "account.password.guessable");
		}
	}

	/**
	 * Whether the password is little more than the person's names and e-mail: fewer than
	 * six letters remain once they are taken out ("ClaireDupont2026").
	 */
	private static boolean mostlyPersonal(String password, List<String> personal) {
		String lower = password.toLowerCase(Locale.ROOT);
		String rest = lower;
		for (String word : personal) {
			for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				if (part.length() >= 3) {
					rest = rest.replace(part, "");
				}
			}
		}
		return !rest.equals(lower) && rest.replaceAll("[^\\p{L}]", "").length() < MIN_OTHER_LETTERS;
	}

}
