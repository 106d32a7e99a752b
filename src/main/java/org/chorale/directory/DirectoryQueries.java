package org.chorale.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the directory for routing and for the search pages: each answer is one indexed
 * query.
 */
@Component
class DirectoryQueries {

	private static final String RECIPIENT_COLUMNS = "r.id, r.identifier_type, r.identifier, r.name, r.active, "
			+ "r.edi_sender, r.edi_receiver, r.payment_status_reported, r.commitment_required, r.service_required, "
			+ "r.service_or_commitment, r.moa, r.moa_only, r.address_line, r.address_complement_1, r.postal_code, "
			+ "r.city, r.country";

	/**
	 * The recipient, the service named (or the default one), whether it registers
	 * commitments and the commitment with that number, in one round trip.
	 */
	private static final String ROUTING = "SELECT " + RECIPIENT_COLUMNS
			+ ", s.code AS s_code, s.name AS s_name, s.active AS s_active, s.start_date, s.end_date,"
			+ " s.commitment_required AS s_commitment_required, s.payment_status_reported AS s_payment_status_reported,"
			+ " EXISTS (SELECT 1 FROM commitment x WHERE x.recipient = r.id) AS registers_commitments,"
			+ " c.number AS c_number, c.supplier_identifier_type, c.supplier_identifier, c.amount,"
			+ " c.start_date AS c_start_date, c.end_date AS c_end_date, c.status AS c_status"
			+ " FROM recipient r LEFT JOIN recipient_service s ON s.recipient = r.id AND s.code = :code"
			+ " LEFT JOIN commitment c ON c.recipient = r.id AND c.number = :number"
			+ " WHERE r.identifier_type = :type AND r.identifier = :identifier";

	static final int PAGE = 20;

	private final JdbcClient jdbc;

	DirectoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RoutingFacts> routingFacts(RoutingRequest request) {
		// a code that cannot be one matches no service
		String code = request.serviceCode()
			.map(typed -> ServiceCode.parse(typed).orElse(""))
			.orElse(ServiceCode.FACTURES_PUBLIQUES);
		return this.jdbc.sql(ROUTING)
			.param("code", code)
			.param("number", request.commitmentNumber().orElse(""))
			.param("type", request.recipient().type().name())
			.param("identifier", request.recipient().value())
			.query(DirectoryQueries::routingFacts)
			.optional();
	}

	Optional<RecipientView> recipient(long id) {
		return this.jdbc.sql("SELECT " + RECIPIENT_COLUMNS + " FROM recipient r WHERE r.id = ?")
			.param(id)
			.query((row, number) -> recipient(row))
			.optional();
	}

	Optional<RecipientView> recipient(StructureIdentifier identifier) {
		return this.jdbc
			.sql("SELECT " + RECIPIENT_COLUMNS + " FROM recipient r WHERE r.identifier_type = ? AND r.identifier = ?")
			.params(identifier.type().name(), identifier.value())
			.query((row, number) -> recipient(row))
			.optional();
	}

	/**
	 * Recipients whose name, postal code, city or identifier have words starting with
	 * each word typed; active ones first, then by name. One more than a page is read to
	 * tell whether there is a next page.
	 */
	List<RecipientView> search(String tsquery, int page) {
		return search(tsquery, PAGE + 1, page * PAGE);
	}

	List<RecipientView> search(String tsquery, int limit, int offset) {
		return this.jdbc
			.sql("SELECT " + RECIPIENT_COLUMNS + " FROM recipient r"
					+ " WHERE to_tsvector('simple', r.search_text) @@ to_tsquery('simple', ?)"
					+ " ORDER BY r.active DESC, length(r.name), r.name, r.id LIMIT ? OFFSET ?")
			.params(tsquery, limit, offset)
			.query((row, number) -> recipient(row))
			.list();
	}

	long searchCount(String tsquery) {
		return this.jdbc
			.sql("SELECT count(*) FROM recipient r"
					+ " WHERE to_tsvector('simple', r.search_text) @@ to_tsquery('simple', ?)")
			.param(tsquery)
			.query(Long.class)
			.single();
	}

	/** A page of a recipient's services by code, those whose code or name start so. */
	List<ServiceView> services(long recipient, String startingWith, int page) {
		return services(recipient, startingWith, PAGE + 1, page * PAGE);
	}

	List<ServiceView> services(long recipient, String startingWith, int limit, int offset) {
		return this.jdbc
			.sql("SELECT id, code, name, active, start_date, end_date, commitment_required, payment_status_reported"
					+ " FROM recipient_service WHERE recipient = ?"
					+ " AND (? = '' OR code LIKE ? OR upper(name) LIKE ?) ORDER BY code LIMIT ? OFFSET ?")
			.params(recipient, startingWith, like(startingWith), like(startingWith), limit, offset)
			.query((row, number) -> new ServiceView(row.getLong("id"), row.getString("code"), row.getString("name"),
					row.getBoolean("active"), date(row, "start_date"), date(row, "end_date"),
					row.getBoolean("commitment_required"), row.getBoolean("payment_status_reported")))
			.list();
	}

	Optional<ServiceView> service(long recipient, long id) {
		return this.jdbc
			.sql("SELECT id, code, name, active, start_date, end_date, commitment_required, payment_status_reported"
					+ " FROM recipient_service WHERE recipient = ? AND id = ?")
			.params(recipient, id)
			.query((row, number) -> new ServiceView(row.getLong("id"), row.getString("code"), row.getString("name"),
					row.getBoolean("active"), date(row, "start_date"), date(row, "end_date"),
					row.getBoolean("commitment_required"), row.getBoolean("payment_status_reported")))
			.optional();
	}

	long serviceCount(long recipient) {
		return this.jdbc.sql("SELECT count(*) FROM recipient_service WHERE recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	/** A recipient's commitments, the latest first. */
	List<CommitmentView> commitments(long recipient, int page) {
		return this.jdbc.sql(
				"SELECT id, number, supplier_identifier_type, supplier_identifier, amount, start_date, end_date, status"
						+ " FROM commitment WHERE recipient = ? ORDER BY start_date DESC, number LIMIT ? OFFSET ?")
			.params(recipient, PAGE + 1, page * PAGE)
			.query((row, number) -> new CommitmentView(row.getLong("id"), row.getString("number"),
					identifier(row, "supplier_identifier_type", "supplier_identifier"), row.getBigDecimal("amount"),
					date(row, "start_date"), date(row, "end_date"), CommitmentStatus.valueOf(row.getString("status"))))
			.list();
	}

	private static String like(String start) {
		return start.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static RoutingFacts routingFacts(ResultSet row, int number) throws SQLException {
		RecipientView recipient = recipient(row);
		Optional<RecipientService> service = Optional.empty();
		if (row.getString("s_code") != null) {
			service = Optional.of(RecipientService.create(recipient.id(), row.getString("s_code"),
					new ServiceDetails(row.getString("s_name"), row.getBoolean("s_active"),
							Optional.ofNullable(date(row, "start_date")), Optional.ofNullable(date(row, "end_date")),
							row.getBoolean("s_commitment_required"), row.getBoolean("s_payment_status_reported"))));
		}
		Optional<Commitment> commitment = Optional.empty();
		if (row.getString("c_number") != null) {
			commitment = Optional.of(Commitment.register(recipient.id(), row.getString("c_number"),
					new CommitmentDetails(identifier(row, "supplier_identifier_type", "supplier_identifier"),
							row.getBigDecimal("amount"), date(row, "c_start_date"),
							Optional.ofNullable(date(row, "c_end_date")),
							CommitmentStatus.valueOf(row.getString("c_status")))));
		}
		return new RoutingFacts(recipient, service, row.getBoolean("registers_commitments"), commitment);
	}

	private static RecipientView recipient(ResultSet row) throws SQLException {
		return new RecipientView(row.getLong("id"), identifier(row, "identifier_type", "identifier"),
				row.getString("name"),
				new RecipientParameters(row.getBoolean("edi_sender"), row.getBoolean("edi_receiver"),
						row.getBoolean("payment_status_reported"), row.getBoolean("commitment_required"),
						row.getBoolean("service_required"), row.getBoolean("service_or_commitment"),
						row.getBoolean("moa"), row.getBoolean("moa_only")),
				row.getBoolean("active"), new RecipientAddress(row.getString("address_line"),
						row.getString("address_complement_1"), row.getString("postal_code"), row.getString("city")),
				row.getString("country"));
	}

	private static LocalDate date(ResultSet row, String column) throws SQLException {
		return row.getObject(column, LocalDate.class);
	}

	private static StructureIdentifier identifier(ResultSet row, String type, String identifier) throws SQLException {
		return new StructureIdentifier(IdentifierType.valueOf(row.getString(type)), row.getString(identifier));
	}

}
