package org.chorale.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account. It is created waiting for activation; following the activation link
 * sets the password and secret question. Repeated failed sign-ins lock it for a while.
 */
@Table("account")
class Account {

	@Id
	private Long id;

	private final String loginEmail;

	private String firstName;

	private String lastName;

	private String phone;

	private String contactEmail;

	private Language language;

	private AccountStatus status;

	private String passwordHash;

	private SecretQuestion secretQuestion;

	private String secretAnswerHash;

	private int failedSignIns;

	private Instant lockedUntil;

	private final Instant createdAt;

	private Instant activatedAt;

	private boolean administrator;

	private boolean support;

	private boolean technical;

	@Version
	private int version;

	@PersistenceCreator
	Account(Long id, String loginEmail, Instant createdAt) {
		this.id = id;
		this.loginEmail = loginEmail;
		this.createdAt = createdAt;
	}

	/** The stored form of a login as typed at sign-in: trimmed, in lower case. */
	static String loginKey(String login) {
		return login.strip().toLowerCase(Locale.ROOT);
	}

	static Account register(EmailAddress loginEmail, PersonDetails details, Language language, Instant now) {
		Account account = new Account(null, loginEmail.value(), now);
		account.status = AccountStatus.EN_ATTENTE_ACTIVATION;
		account.language = language;
		account.update(details);
		return account;
	}

	void update(PersonDetails details) {
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.phone = details.phone().orElse(null);
		this.contactEmail = details.contactEmail().value();
	}

	/**
	 * A structure's technical user (utilisateur technique): active at once, it never
	 * signs in to the portal and is told nothing by e-mail; the API authenticates it with
	 * its own password, which the connection module keeps.
	 */
	static Account technical(EmailAddress login, String structureName, Instant now) {
		Account account = new Account(null, login.value(), now);
		account.status = AccountStatus.ACTIF;
		account.activatedAt = now;
		account.technical = true;
		account.language = Language.FRENCH;
		account.firstName = "Utilisateur technique";
		String name = structureName.strip();
		account.lastName = name.substring(0, Math.min(name.length(), 100));
		account.contactEmail = login.value();
		return account;
	}

	/** Sets the first password and secret question: the account can now sign in. */
	void activate(String passwordHash, SecretQuestion question, String answerHash, Instant now) {
		if (this.status != AccountStatus.EN_ATTENTE_ACTIVATION) {
			throw Refusal.of("account.link.used");
		}
		this.status = AccountStatus.ACTIF;
		this.activatedAt = now;
		changePassword(passwordHash);
		changeSecretQuestion(question, answerHash);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	void changeSecretQuestion(SecretQuestion question, String answerHash) {
		this.secretQuestion = question;
		this.secretAnswerHash = answerHash;
	}

	void chooseLanguage(Language language) {
		this.language = language;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed sign-in; the {@code limit}-th in a row locks the account for
	 * {@code lock}.
	 * @return whether this failure locked the account
	 */
	boolean signInFailed(Instant now, int limit, Duration lock) {
		if (lockedAt(now)) {
			return false;
		}
		if (this.lockedUntil != null) {
			this.lockedUntil = null;
			this.failedSignIns = 0;
		}
		this.failedSignIns++;
		if (this.failedSignIns < limit) {
			return false;
		}
		this.lockedUntil = now.plus(lock);
		return true;
	}

	/** Gives the person one of the platform operators' roles, or takes it back. */
	void assign(Operator role, boolean granted) {
		switch (role) {
			case ADMINISTRATOR -> this.administrator = granted;
			case SUPPORT -> this.support = granted;
		}
	}

	boolean holds(Operator role) {
		return (role == Operator.ADMINISTRATOR) ? this.administrator : this.support;
	}

	boolean technical() {
		return this.technical;
	}

	void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	/** What an attacker knows of the person, refused as a password. */
	List<String> personalWords() {
		return List.of(this.firstName, this.lastName, this.loginEmail, this.contactEmail, "chorale", "chorus");
	}

	Person person() {
		return new Person(new AccountId(this.id), new EmailAddress(this.loginEmail), this.firstName, this.lastName,
				Optional.ofNullable(this.phone), new EmailAddress(this.contactEmail), this.language, this.status,
				this.technical);
	}

	Long id() {
		return this.id;
	}

	AccountStatus status() {
		return this.status;
	}

	Optional<String> passwordHash() {
		return Optional.ofNullable(this.passwordHash);
	}

	Optional<SecretQuestion> secretQuestion() {
		return Optional.ofNullable(this.secretQuestion);
	}

	Optional<String> secretAnswerHash() {
		return Optional.ofNullable(this.secretAnswerHash);
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

}
