package org.chorale.espd;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The structures' responses, their exported versions, profiles and saved answers.
 */
@Repository
class EspdResponses {

	private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EspdResponses(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(EspdResponse response) {
		return this.jdbc.sql("""
				insert into espd_response (structure_id, title, request_xml, request_version, contract_folder_id,
				                           buyer_name, simplified, answers, created_at, updated_at)
				values (:structure, :title, :xml, :version, :folder, :buyer, :simplified, cast(:answers as jsonb),
				        :created, :updated)
				returning id""")
			.param("structure", response.structureId())
			.param("title", response.title())
			.param("xml", response.source().orElse(null))
			.param("version", response.sourceVersion())
			.param("folder", response.contractFolderId())
			.param("buyer", response.buyerName().orElse(null))
			.param("simplified", response.simplified())
			.param("answers", this.json.writeValueAsString(response.answers()))
			.param("created", at(response.createdAt()))
			.param("updated", at(response.updatedAt()))
			.query(Long.class)
			.single();
	}

	/**
	 * @throws OptimisticLockingFailureException when it changed since it was read
	 */
	void update(EspdResponse response) {
		int updated = this.jdbc.sql("""
				update espd_response set answers = cast(:answers as jsonb), place = :place, declared_on = :declared,
				       updated_at = :updated, version = version + 1
				where id = :id and version = :version""")
			.param("answers", this.json.writeValueAsString(response.answers()))
			.param("place", response.place().orElse(null))
			.param("declared", response.declaredOn().orElse(null))
			.param("updated", at(response.updatedAt()))
			.param("id", response.id())
			.param("version", response.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("ESPD response " + response.id() + " changed meanwhile");
		}
	}

	Optional<EspdResponse> find(long structure, long id) {
		return this.jdbc.sql("select * from espd_response where id = :id and structure_id = :structure")
			.param("id", id)
			.param("structure", structure)
			.query((rs, n) -> read(rs))
			.optional();
	}

	/**
	 * Holds the response until the transaction ends: one export at a time takes the next
	 * version.
	 */
	void lock(long structure, long id) {
		this.jdbc.sql("select id from espd_response where id = :id and structure_id = :structure for update")
			.param("id", id)
			.param("structure", structure)
			.query(Long.class)
			.optional();
	}

	List<EspdResponse> ofStructure(long structure) {
		return this.jdbc.sql("select * from espd_response where structure_id = :structure order by updated_at desc")
			.param("structure", structure)
			.query((rs, n) -> read(rs))
			.list();
	}

	/** The exported versions, newest first. */
	List<Export> exports(long response) {
		return this.jdbc.sql("""
				select rank, uuid, exported_at from espd_export where response_id = :response order by rank desc""")
			.param("response", response)
			.query((rs, n) -> new Export(rs.getInt(1), rs.getObject(2, UUID.class),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	void addExport(long response, int rank, UUID uuid, byte[] xml, Instant at) {
		this.jdbc.sql("""
				insert into espd_export (response_id, rank, uuid, xml, exported_at)
				values (:response, :rank, :uuid, :xml, :at)""")
			.param("response", response)
			.param("rank", rank)
			.param("uuid", uuid)
			.param("xml", xml)
			.param("at", at(at))
			.update();
	}

	Optional<CompanyProfile> profile(long structure) {
		return this.jdbc.sql("select profile from espd_profile where structure_id = :structure")
			.param("structure", structure)
			.query(String.class)
			.optional()
			.map(profile -> this.json.readValue(profile, CompanyProfile.class));
	}

	void saveProfile(long structure, CompanyProfile profile, Instant at) {
		this.jdbc
			.sql("""
					insert into espd_profile (structure_id, profile, updated_at) values (:structure, cast(:profile as jsonb), :at)
					on conflict (structure_id) do update set profile = excluded.profile, updated_at = excluded.updated_at""")
			.param("structure", structure)
			.param("profile", this.json.writeValueAsString(profile))
			.param("at", at(at))
			.update();
	}

	/**
	 * The structure's answers given before: criterion ID, then the question's path, to
	 * its answer.
	 */
	List<SavedAnswer> savedAnswers(long structure) {
		return this.jdbc
			.sql("select criterion_id, path, data_type, value from espd_saved_answer where structure_id = :s")
			.param("s", structure)
			.query((rs, n) -> new SavedAnswer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	void saveAnswers(long structure, List<SavedAnswer> answers) {
		for (SavedAnswer answer : answers) {
			this.jdbc.sql("""
					insert into espd_saved_answer (structure_id, criterion_id, path, data_type, value)
					values (:s, :criterion, :path, :type, :value)
					on conflict (structure_id, criterion_id, path)
					do update set data_type = excluded.data_type, value = excluded.value""")
				.param("s", structure)
				.param("criterion", answer.criterion())
				.param("path", answer.path())
				.param("type", answer.dataType())
				.param("value", answer.value())
				.update();
		}
	}

	private EspdResponse read(ResultSet rs) throws SQLException {
		return new EspdResponse(rs.getLong("id"), rs.getLong("structure_id"), rs.getString("title"),
				Optional.ofNullable(rs.getBytes("request_xml")), rs.getString("request_version"),
				rs.getString("contract_folder_id"), Optional.ofNullable(rs.getString("buyer_name")),
				rs.getBoolean("simplified"), this.json.readValue(rs.getString("answers"), ANSWERS),
				Optional.ofNullable(rs.getString("place")),
				Optional.ofNullable(rs.getObject("declared_on", LocalDate.class)),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** An exported version of a response. */
	record Export(int rank, UUID uuid, Instant at) {

	}

	/** An answer kept for the next responses. */
	record SavedAnswer(String criterion, String path, String dataType, String value) {

	}

}
