package org.chorale.cpro;

import java.time.Duration;
import java.time.Instant;

import org.chorale.account.AccountId;
import org.chorale.structure.StructureId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A structure's technical user (utilisateur technique) as the API knows it: its login,
 * the hash of its password and when that password expires (Chorus Pro's last 424 days);
 * the primary manager resets one to get a new password, shown once.
 */
@Table("technical_account")
class TechnicalAccount {

	@Id
	private Long id;

	private final long structureId;

	private final long accountId;

	private final String login;

	private String passwordHash;

	private Instant expiresAt;

	private final Instant createdAt;

	private final Long createdBy;

	@Version
	private int version;

	@PersistenceCreator
	TechnicalAccount(Long id, long structureId, long accountId, String login, Instant createdAt, Long createdBy) {
		this.id = id;
		this.structureId = structureId;
		this.accountId = accountId;
		this.login = login;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static TechnicalAccount create(StructureId structure, AccountId account, String login, String passwordHash,
			Duration validity, AccountId createdBy, Instant now) {
		TechnicalAccount created = new TechnicalAccount(null, structure.value(), account.value(), login, now,
				(createdBy != null) ? createdBy.value() : null);
		created.reset(passwordHash, validity, now);
		return created;
	}

	/** A new password, valid for this long from now. */
	void reset(String passwordHash, Duration validity, Instant now) {
		this.passwordHash = passwordHash;
		this.expiresAt = now.plus(validity);
	}

	boolean expiredAt(Instant now) {
		return !this.expiresAt.isAfter(now);
	}

	Long id() {
		return this.id;
	}

	StructureId structureId() {
		return new StructureId(this.structureId);
	}

	AccountId accountId() {
		return new AccountId(this.accountId);
	}

	String login() {
		return this.login;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
