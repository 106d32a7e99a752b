package org.chorale.cpro;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Person;
import org.chorale.shared.EmailAddress;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.structure.WorkArea;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The work area "Raccordements": a structure's primary manager creates its technical
 * users and API clients, whose passwords and secrets are shown once; and the API's check
 * of a technical user's {@code cpro-account} credentials.
 * <p>
 * Passwords and secrets are kept as adaptive hashes, which cost tens of milliseconds to
 * check; a credential checked once is remembered in memory, by its SHA-256, for
 * {@link #REMEMBERED} (or until a reset on this node), so that a connector's calls do not
 * each pay that cost.
 */
@Service
@Transactional
class Connections {

	static final Duration REMEMBERED = Duration.ofMinutes(5);

	/** How long before a remembered check runs out a call checks the credential again. */
	static final Duration CHECKED_AGAIN_BEFORE = Duration.ofMinutes(1);

	static final String LOGIN_DOMAIN = "technique.chorale.invalid";

	private static final int PASSWORD_LENGTH = 24;

	private static final int MAX_REMEMBERED = 10_000;

	private final TechnicalAccounts technicalAccounts;

	private final ApiClients clients;

	private final AccountManagement accounts;

	private final StructureManagement structures;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	/** The checks running, by credential. */
	private final Map<String, CompletableFuture<Caller>> checking = new ConcurrentHashMap<>();

	private final Webhooks webhooks;

	private final Duration passwordValidity;

	/** The hash an unknown login is checked against. */
	private final String unknown;

	Connections(TechnicalAccounts technicalAccounts, ApiClients clients, AccountManagement accounts,
			StructureManagement structures, PasswordEncoder encoder, Clock clock, Webhooks webhooks,
			CproProperties properties) {
		this.webhooks = webhooks;
		this.passwordValidity = properties.technicalPasswordValidity();
		this.unknown = encoder.encode(Secrets.generate(PASSWORD_LENGTH));
		this.technicalAccounts = technicalAccounts;
		this.clients = clients;
		this.accounts = accounts;
		this.structures = structures;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The structure's technical users and API clients, for its primary manager. */
	@Transactional(readOnly = true)
	Overview overview(AccountId manager, StructureId id) {
		StructureView structure = managed(manager, id);
		return new Overview(structure,
				this.technicalAccounts.findByStructureIdOrderById(id.value())
					.stream()
					.map(t -> new TechnicalView(t.id(), t.login(), t.createdAt(), t.expiresAt(),
							t.expiredAt(this.clock.instant())))
					.toList(),
				this.clients.findByStructureIdOrderById(id.value())
					.stream()
					.map(c -> new ClientView(c.id(), c.clientId(), c.name(), c.createdAt()))
					.toList(),
				this.webhooks.of(id));
	}

	/** A new webhook of the structure, whose signing secret is shown once. */
	Credentials addWebhook(AccountId manager, StructureId id, String url) {
		managed(manager, id);
		return new Credentials(url.strip(), this.webhooks.add(id, url));
	}

	void removeWebhook(AccountId manager, StructureId id, long webhook) {
		managed(manager, id);
		this.webhooks.remove(id, webhook);
	}

	/**
	 * A new technical user of the structure, attached with modification in its open
	 * areas, with a generated login and password.
	 */
	Credentials createTechnicalAccount(AccountId manager, StructureId id) {
		StructureView structure = managed(manager, id);
		long rank = this.technicalAccounts.countByStructureId(id.value()) + 1;
		String login = ("tech_" + rank + "_" + structure.identifier().value() + "@" + LOGIN_DOMAIN)
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9._@-]", "");
		String password = Secrets.generate(PASSWORD_LENGTH);
		createTechnicalAccount(structure, login, password, manager);
		return new Credentials(login, password);
	}

	/**
	 * The technical user with this login and password, unless it exists: a demo
	 * instance's, whose credentials are set in its properties.
	 */
	void ensureTechnicalAccount(StructureId id, String login, String password) {
		if (this.technicalAccounts.findByLogin(login.strip().toLowerCase(java.util.Locale.ROOT)).isEmpty()) {
			createTechnicalAccount(this.structures.structures(List.of(id)).get(0), login, password, null);
		}
	}

	private void createTechnicalAccount(StructureView structure, String login, String password, AccountId manager) {
		Person person = this.accounts.registerTechnical(new EmailAddress(login), structure.name());
		this.structures.attachTechnicalUser(structure.id(), person.id());
		this.technicalAccounts.save(TechnicalAccount.create(structure.id(), person.id(), person.loginEmail().value(),
				this.encoder.encode(password), this.passwordValidity, manager, this.clock.instant()));
	}

	/** A new password for the technical user, valid for 424 days, shown once. */
	Credentials resetPassword(AccountId manager, StructureId id, long technicalAccount) {
		managed(manager, id);
		TechnicalAccount account = this.technicalAccounts.findById(technicalAccount)
			.filter(t -> t.structureId().equals(id))
			.orElseThrow(() -> new AccessDeniedException("Not a technical user of " + id));
		String password = Secrets.generate(PASSWORD_LENGTH);
		account.reset(this.encoder.encode(password), this.passwordValidity, this.clock.instant());
		this.technicalAccounts.save(account);
		forgetAfterCommit();
		return new Credentials(account.login(), password);
	}

	/** A new API client of the structure, whose secret is shown once. */
	Credentials createClient(AccountId manager, StructureId id, String name) {
		managed(manager, id);
		String clientId = Secrets.generate(24).toLowerCase(java.util.Locale.ROOT);
		String secret = Secrets.generate(40);
		this.clients
			.save(ApiClient.create(id, clientId, this.encoder.encode(secret), name, manager, this.clock.instant()));
		return new Credentials(clientId, secret);
	}

	/** The API client with this id and secret, unless it exists: a demo instance's. */
	void ensureClient(StructureId id, String clientId, String secret) {
		if (this.clients.findByClientId(clientId).isEmpty()) {
			this.clients
				.save(ApiClient.create(id, clientId, this.encoder.encode(secret), "Démo", null, this.clock.instant()));
		}
	}

	/** Removes an API client: its tokens stop working within a minute on every node. */
	void deleteClient(AccountId manager, StructureId id, long client) {
		managed(manager, id);
		ApiClient found = this.clients.findById(client)
			.filter(c -> c.structureId().equals(id))
			.orElseThrow(() -> new AccessDeniedException("Not an API client of " + id));
		this.clients.delete(found);
	}

	/**
	 * The API client with this id and secret.
	 * @throws ApiFailure when there is none
	 */
	@Transactional(readOnly = true)
	long client(String clientId, String secret) {
		return this.clients.findByClientId(clientId == null ? "" : clientId)
			.filter(c -> secret != null && this.encoder.matches(secret, c.secretHash()))
			.map(ApiClient::id)
			.orElseThrow(() -> ApiFailure.unauthenticated("cpro.error.client"));
	}

	/**
	 * The technical user a {@code cpro-account} header names:
	 * {@code base64(login:password)}. Outside any transaction: a call whose credential is
	 * remembered touches no database. One call at a time checks a credential: when it is
	 * new, or its remembered check has run out, the calls that bring it meanwhile wait
	 * for that check's verdict rather than each paying the hash (thirty-two connections
	 * at once would otherwise stall every call for a second); in its last minute, one
	 * call checks it again while the others go on with the remembered one.
	 * @throws ApiFailure when the header is missing or malformed, or the credentials are
	 * wrong or expired
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	Caller authenticate(String header) {
		if (header == null || header.isBlank()) {
			throw ApiFailure.unauthenticated("cpro.error.account.missing");
		}
		Instant now = this.clock.instant();
		String key = HexFormat.of().formatHex(Secrets.sha256(header.strip()));
		Remembered known = this.remembered.get(key);
		boolean valid = known != null && known.until().isAfter(now);
		if (valid && known.until().isAfter(now.plus(CHECKED_AGAIN_BEFORE))) {
			return known.caller();
		}
		CompletableFuture<Caller> mine = new CompletableFuture<>();
		CompletableFuture<Caller> running = this.checking.putIfAbsent(key, mine);
		if (running != null) {
			return valid ? known.caller() : verdict(running);
		}
		try {
			Caller caller = check(key, header.strip(), now);
			mine.complete(caller);
			return caller;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.checking.remove(key, mine);
		}
	}

	private static Caller verdict(CompletableFuture<Caller> check) {
		try {
			return check.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private Caller check(String key, String header, Instant now) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiFailure.unauthenticated("cpro.error.account.base64");
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			throw ApiFailure.unauthenticated("cpro.error.account.format");
		}
		String login = decoded.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
		String password = decoded.substring(colon + 1);
		Optional<TechnicalAccount> found = this.technicalAccounts.findByLogin(login);
		// an unknown login costs the same hash as a known one, so that timing does not
		// tell them apart
		boolean matches = this.encoder.matches(password,
				found.map(TechnicalAccount::passwordHash).orElse(this.unknown));
		TechnicalAccount account = found.filter(t -> matches)
			.orElseThrow(() -> ApiFailure.unauthenticated("cpro.error.account.wrong"));
		if (account.expiredAt(now)) {
			throw ApiFailure.unauthenticated("cpro.error.account.expired");
		}
		try {
			this.structures.member(account.accountId(), account.structureId());
		}
		catch (AccessDeniedException ex) {
			throw ApiFailure.unauthenticated("cpro.error.account.detached");
		}
		Caller caller = new Caller(account.id(), account.accountId(), account.structureId(), account.login());
		if (this.remembered.size() >= MAX_REMEMBERED) {
			this.remembered.clear();
		}
		Instant until = now.plus(REMEMBERED);
		this.remembered.put(key,
				new Remembered(caller, until.isBefore(account.expiresAt()) ? until : account.expiresAt()));
		return caller;
	}

	/** Forgets the remembered credentials once the reset is committed, not before. */
	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Connections.this.remembered.clear();
				}
			});
		}
		else {
			this.remembered.clear();
		}
	}

	private StructureView managed(AccountId manager, StructureId id) {
		if (!this.structures.member(manager, id).primaryManager()) {
			throw new AccessDeniedException("Only the primary manager manages connections");
		}
		StructureView structure = this.structures.structureFor(manager, id);
		if (!structure.opened(WorkArea.RACCORDEMENTS)) {
			throw new AccessDeniedException("The work area Raccordements is not opened for " + id);
		}
		return structure;
	}

	/** A login or client id with its password or secret, shown once. */
	record Credentials(String login, String secret) {

	}

	record TechnicalView(long id, String login, Instant createdAt, Instant expiresAt, boolean expired) {

	}

	record ClientView(long id, String clientId, String name, Instant createdAt) {

	}

	record Overview(StructureView structure, List<TechnicalView> technicalAccounts, List<ClientView> clients,
			List<Webhooks.WebhookView> webhooks) {

	}

	private record Remembered(Caller caller, Instant until) {

	}

}
