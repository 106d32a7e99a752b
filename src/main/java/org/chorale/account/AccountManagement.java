package org.chorale.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: registration, activation, passwords and secret questions, and the failed
 * sign-ins that lock an account.
 */
@Service
@Transactional
public class AccountManagement {

	private final Accounts accounts;

	private final AccountLinks links;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AccountProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Accounts accounts, AccountLinks links, PasswordPolicy policy, PasswordEncoder encoder,
			AccountProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.policy = policy;
		this.encoder = encoder;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an account waiting for activation and e-mails its activation link.
	 * @throws Refusal on {@code loginEmail} when an account already uses that address
	 */
	public Person register(EmailAddress loginEmail, PersonDetails details, Language language) {
		if (this.accounts.existsByLoginEmail(loginEmail.value())) {
			throw new Refusal("loginEmail", "account.exists", loginEmail.value());
		}
		Account account = this.accounts.save(Account.register(loginEmail, details, language, this.clock.instant()));
		sendActivationLink(account);
		return account.person();
	}

	/**
	 * Creates an account that is already active, for demo instances: no activation link
	 * is sent.
	 */
	public Person registerActive(EmailAddress loginEmail, PersonDetails details, Language language,
			CharSequence password, SecretQuestion question, String answer) {
		Account account = Account.register(loginEmail, details, language, this.clock.instant());
		this.policy.check(password, account.personalWords());
		account.activate(this.encoder.encode(password), question, this.encoder.encode(SecretAnswer.normalized(answer)),
				this.clock.instant());
		return this.accounts.save(account).person();
	}

	/**
	 * Creates a structure's technical user, active at once, who cannot sign in to the
	 * portal.
	 * @throws Refusal when an account already uses that login
	 */
	public Person registerTechnical(EmailAddress login, String structureName) {
		if (this.accounts.existsByLoginEmail(login.value())) {
			throw new Refusal("login", "account.exists", login.value());
		}
		return this.accounts.save(Account.technical(login, structureName, this.clock.instant())).person();
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(AccountId id) {
		return this.accounts.findById(id.value()).map(Account::person);
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(EmailAddress loginEmail) {
		return this.accounts.findByLoginEmail(loginEmail.value()).map(Account::person);
	}

	@Transactional(readOnly = true)
	public List<Person> findAll(Collection<AccountId> ids) {
		return this.accounts.findAllById(ids.stream().map(AccountId::value).toList())
			.stream()
			.map(Account::person)
			.toList();
	}

	@Transactional(readOnly = true)
	public LinkState followActivation(String token) {
		return this.links.follow(token, LinkPurpose.ACTIVATION, this.clock.instant()).state();
	}

	/**
	 * Follows an activation link: sets the password and secret question.
	 * @throws Refusal when the link is no longer valid or the password or answer is
	 * refused (nothing is changed then)
	 */
	public Person activate(String token, CharSequence password, SecretQuestion question, String answer) {
		Instant now = this.clock.instant();
		Account account = validLink(token, LinkPurpose.ACTIVATION, now);
		this.policy.check(password, account.personalWords());
		String answerHash = this.encoder.encode(SecretAnswer.normalized(answer));
		account.activate(this.encoder.encode(password), question, answerHash, now);
		this.links.use(token, LinkPurpose.ACTIVATION, now);
		return this.accounts.save(account).person();
	}

	/**
	 * Sends a new activation link to the account an expired or used link was for, if it
	 * still waits for activation.
	 */
	public void resendActivation(String previousToken) {
		this.links.follow(previousToken, LinkPurpose.ACTIVATION, this.clock.instant())
			.accountId()
			.map(AccountId::new)
			.ifPresent(this::resendActivation);
	}

	/** Sends a new activation link, if the account still waits for activation. */
	public boolean resendActivation(AccountId id) {
		Optional<Account> pending = this.accounts.findById(id.value())
			.filter(account -> account.status() == AccountStatus.EN_ATTENTE_ACTIVATION);
		pending.ifPresent(this::sendActivationLink);
		return pending.isPresent();
	}

	/**
	 * E-mails a reset link if an active account has this login; says nothing either way.
	 */
	public void requestReset(EmailAddress loginEmail) {
		this.accounts.findByLoginEmail(loginEmail.value())
			.filter(account -> account.status() == AccountStatus.ACTIF)
			.ifPresent(account -> {
				Instant now = this.clock.instant();
				String token = this.links.issue(account.id(), LinkPurpose.RESET, this.properties.resetLinkValidity(),
						now);
				this.events.publishEvent(
						new ResetLinkIssued(account.person(), token, now.plus(this.properties.resetLinkValidity())));
			});
	}

	/** The secret question to ask on a valid reset link. */
	@Transactional(readOnly = true)
	public Optional<SecretQuestion> resetQuestion(String token) {
		AccountLinks.Followed followed = this.links.follow(token, LinkPurpose.RESET, this.clock.instant());
		if (followed.state() != LinkState.VALID) {
			return Optional.empty();
		}
		return followed.accountId().flatMap(this.accounts::findById).flatMap(Account::secretQuestion);
	}

	/**
	 * Follows a reset link: a right answer to the secret question sets the new password.
	 * A wrong answer counts as a failed sign-in.
	 * @throws Refusal when the link is no longer valid, the answer is wrong or the
	 * password is refused
	 */
	@Transactional(noRollbackFor = Refusal.class)
	public void resetPassword(String token, String answer, CharSequence password) {
		Instant now = this.clock.instant();
		Account account = validLink(token, LinkPurpose.RESET, now);
		if (account.lockedAt(now) || !answerMatches(account, answer)) {
			recordFailure(account, now);
			throw new Refusal("secretAnswer", "account.secretAnswer.wrong");
		}
		this.policy.check(password, account.personalWords());
		account.changePassword(this.encoder.encode(password));
		this.links.use(token, LinkPurpose.RESET, now);
		this.accounts.save(account);
	}

	public Person updateDetails(AccountId id, PersonDetails details) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		account.update(details);
		return this.accounts.save(account).person();
	}

	public void chooseLanguage(AccountId id, Language language) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		account.chooseLanguage(language);
		this.accounts.save(account);
	}

	/**
	 * @throws Refusal when the current password is wrong or the new one refused
	 */
	public void changePassword(AccountId id, CharSequence current, CharSequence password) {
		Account account = currentPasswordChecked(id, current);
		this.policy.check(password, account.personalWords());
		account.changePassword(this.encoder.encode(password));
		this.accounts.save(account);
	}

	/**
	 * @throws Refusal when the current password is wrong or the answer refused
	 */
	public void changeSecretQuestion(AccountId id, CharSequence current, SecretQuestion question, String answer) {
		Account account = currentPasswordChecked(id, current);
		account.changeSecretQuestion(question, this.encoder.encode(SecretAnswer.normalized(answer)));
		this.accounts.save(account);
	}

	/**
	 * Gives the account's person one of the platform operators' roles, or takes it back.
	 * @return false when no account has this login
	 */
	public boolean assign(EmailAddress loginEmail, Operator role, boolean granted) {
		return this.accounts.findByLoginEmail(loginEmail.value()).map(account -> {
			account.assign(role, granted);
			this.accounts.save(account);
			return true;
		}).orElse(false);
	}

	/** The people who hold one of the platform operators' roles. */
	@Transactional(readOnly = true)
	public List<Person> operators(Operator role) {
		return ((role == Operator.ADMINISTRATOR) ? this.accounts.findByAdministratorTrueOrderByLoginEmail()
				: this.accounts.findBySupportTrueOrderByLoginEmail())
			.stream()
			.map(Account::person)
			.toList();
	}

	/** Whether this person holds the role. */
	@Transactional(readOnly = true)
	public boolean holds(AccountId id, Operator role) {
		return this.accounts.findById(id.value()).map(account -> account.holds(role)).orElse(false);
	}

	/** Counts a failed sign-in with this login, if it is an account's. */
	public void signInFailed(String login) {
		Instant now = this.clock.instant();
		this.accounts.lockByLoginEmail(Account.loginKey(login)).ifPresent(account -> recordFailure(account, now));
	}

	public void signedIn(AccountId id) {
		this.accounts.findById(id.value())
			.filter(account -> !account.lockedAt(this.clock.instant()))
			.ifPresent(account -> {
				account.signedIn();
				this.accounts.save(account);
			});
	}

	private void recordFailure(Account account, Instant now) {
		if (account.signInFailed(now, this.properties.maxFailedSignIns(), this.properties.lockDuration())) {
			this.events.publishEvent(new AccountLocked(account.person(), account.lockedUntil()));
		}
		this.accounts.save(account);
	}

	private Account currentPasswordChecked(AccountId id, CharSequence current) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		if (current == null || !account.passwordHash().map(hash -> this.encoder.matches(current, hash)).orElse(false)) {
			throw new Refusal("currentPassword", "account.password.currentWrong");
		}
		return account;
	}

	private boolean answerMatches(Account account, String answer) {
		String normalized;
		try {
			normalized = SecretAnswer.normalized(answer);
		}
		catch (Refusal ex) {
			return false;
		}
		return account.secretAnswerHash().map(hash -> this.encoder.matches(normalized, hash)).orElse(false);
	}

	private Account validLink(String token, LinkPurpose purpose, Instant now) {
		AccountLinks.Followed followed = this.links.follow(token, purpose, now);
		if (followed.state() != LinkState.VALID) {
			throw Refusal.of("account.link." + followed.state().name().toLowerCase(Locale.ROOT));
		}
		return this.accounts.findById(followed.accountId().orElseThrow()).orElseThrow();
	}

	private void sendActivationLink(Account account) {
		Instant now = this.clock.instant();
		String token = this.links.issue(account.id(), LinkPurpose.ACTIVATION, this.properties.activationLinkValidity(),
				now);
		this.events.publishEvent(
				new ActivationLinkIssued(account.person(), token, now.plus(this.properties.activationLinkValidity())));
	}

}
