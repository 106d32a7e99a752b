package org.chorale.espd;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public structures' ESPD requests. */
@Repository
class BuyerRequests {

	private static final TypeReference<List<String>> IDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BuyerRequests(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long structure, BuyerRequest request, Instant at) {
		return this.jdbc.sql("""
				insert into espd_request (structure_id, title, reference, description, procedure_code, criteria,
				                          created_at)
				values (:structure, :title, :reference, :description, :procedure, cast(:criteria as jsonb), :at)
				returning id""")
			.param("structure", structure)
			.param("title", request.title())
			.param("reference", request.reference())
			.param("description", request.description())
			.param("procedure", request.procedureCode())
			.param("criteria", this.json.writeValueAsString(request.criteria()))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	List<Stored> ofStructure(long structure) {
		return this.jdbc.sql("select * from espd_request where structure_id = :structure order by id desc")
			.param("structure", structure)
			.query((rs, n) -> new Stored(rs.getLong("id"),
					new BuyerRequest(rs.getString("title"), rs.getString("reference"), rs.getString("description"),
							rs.getString("procedure_code"), this.json.readValue(rs.getString("criteria"), IDS))))
			.list();
	}

	Optional<Stored> find(long structure, long id) {
		return ofStructure(structure).stream().filter(r -> r.id() == id).findFirst();
	}

	/** A request and its id. */
	record Stored(long id, BuyerRequest request) {

	}

}
