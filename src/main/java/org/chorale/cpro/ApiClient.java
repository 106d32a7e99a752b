package org.chorale.cpro;

import java.time.Instant;

import org.chorale.account.AccountId;
import org.chorale.shared.Text;
import org.chorale.structure.StructureId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An application allowed to ask for access tokens (OAuth2 client credentials), as PISTE
 * registers one: its client id, and the hash of its secret, shown once.
 */
@Table("api_client")
class ApiClient {

	static final int NAME_MAX = 100;

	@Id
	private Long id;

	private final long structureId;

	private final String clientId;

	private String secretHash;

	private final String name;

	private final Instant createdAt;

	private final Long createdBy;

	@Version
	private int version;

	@PersistenceCreator
	ApiClient(Long id, long structureId, String clientId, String name, Instant createdAt, Long createdBy) {
		this.id = id;
		this.structureId = structureId;
		this.clientId = clientId;
		this.name = name;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static ApiClient create(StructureId structure, String clientId, String secretHash, String name, AccountId createdBy,
			Instant now) {
		ApiClient client = new ApiClient(null, structure.value(), clientId, Text.required(name, "name", NAME_MAX), now,
				(createdBy != null) ? createdBy.value() : null);
		client.secretHash = secretHash;
		return client;
	}

	Long id() {
		return this.id;
	}

	StructureId structureId() {
		return new StructureId(this.structureId);
	}

	String clientId() {
		return this.clientId;
	}

	String secretHash() {
		return this.secretHash;
	}

	String name() {
		return this.name;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
