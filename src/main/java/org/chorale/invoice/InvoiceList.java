package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a party's work list as SQL: its invoices (received by a recipient's SIRET,
 * or issued by a supplier structure), the filter, the sort, and the keyset cursor after
 * which the page starts. The sort column comes from {@link InvoiceFilter.Sort}, never
 * from the request's text.
 *
 * @param recipient the recipient's SIRET, for "Factures reçues"
 * @param supplier the supplier structure, for "Factures émises"
 * @param validator the validating structure's SIRET, for "Factures à valider"
 * @param after the cursor of the previous page's last row
 * @param size rows per page
 * @param offset rows skipped before the page, for the API's numbered pages
 */
record InvoiceList(Optional<String> recipient, Optional<Long> supplier, Optional<String> validator,
		InvoiceFilter filter, Optional<Cursor> after, int size, int offset) {

	private static final String COLUMNS = """
			select id, supplier_id, number, kind, issue_date, supplier_name, supplier_identifier, recipient_name, recipient,
			       service_code, total_with_vat, currency, status, status_at, downloaded_at
			from invoice""";

	static InvoiceList received(String recipient, InvoiceFilter filter, Optional<Cursor> after, int size) {
		return new InvoiceList(Optional.of(recipient), Optional.empty(), Optional.empty(), filter, after, size, 0);
	}

	static InvoiceList issued(long supplier, InvoiceFilter filter, Optional<Cursor> after, int size) {
		return new InvoiceList(Optional.empty(), Optional.of(supplier), Optional.empty(), filter, after, size, 0);
	}

	static InvoiceList toValidate(String validator, InvoiceFilter filter, Optional<Cursor> after, int size) {
		return new InvoiceList(Optional.empty(), Optional.empty(), Optional.of(validator), filter, after, size, 0);
	}

	/** The same list, as {@code size} rows from the {@code offset}-th. */
	InvoiceList slice(int offset, int size) {
		return new InvoiceList(this.recipient, this.supplier, this.validator, this.filter, Optional.empty(), size,
				offset);
	}

	/** How many invoices the list holds, filtered. */
	Query count() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("select count(*) from invoice where ");
		where(sql, parameters);
		return new Query(sql.toString(), parameters);
	}

	/** The page, one row more than its size to tell whether another follows. */
	Query query() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where ");
		where(sql, parameters);
		InvoiceFilter f = this.filter;
		String sort = f.sortOrDefault().expression();
		String direction = f.ascendingOrDefault() ? "asc" : "desc";
		this.after.ifPresent(cursor -> {
			sql.append(" and (").append(sort).append(", id) ").append(f.ascendingOrDefault() ? ">" : "<");
			sql.append(" (:afterValue, :afterId)");
			parameters.put("afterValue", cursor.value(f.sortOrDefault()));
			parameters.put("afterId", cursor.id());
		});
		sql.append(" order by ").append(sort).append(' ').append(direction).append(", id ").append(direction);
		sql.append(" limit :limit");
		parameters.put("limit", this.size + 1);
		if (this.offset > 0) {
			sql.append(" offset :offset");
			parameters.put("offset", this.offset);
		}
		return new Query(sql.toString(), parameters);
	}

	private void where(StringBuilder sql, Map<String, Object> parameters) {
		sql.append(party(parameters));
		InvoiceFilter f = this.filter;
		if (f.status() != null) {
			sql.append(" and status = :status");
			parameters.put("status", f.status().name());
		}
		if (f.party() != null && !f.party().isBlank()) {
			String column = this.supplier.isEmpty() ? "supplier" : "recipient";
			sql.append(" and (upper(").append(column).append("_name) like :party or ").append(column);
			sql.append(this.supplier.isEmpty() ? "_identifier" : "").append(" like :identifier)");
			parameters.put("party", "%" + escape(f.party().strip().toUpperCase(Locale.ROOT)) + "%");
			parameters.put("identifier", escape(f.party().replaceAll("\\s", "")) + "%");
		}
		if (f.serviceCode() != null && !f.serviceCode().isBlank()) {
			sql.append(" and service_code = :service");
			parameters.put("service", f.serviceCode().strip().toUpperCase(Locale.ROOT));
		}
		condition(sql, parameters, "issue_date >= :from", "from", f.from());
		condition(sql, parameters, "issue_date <= :to", "to", f.to());
		// the amount as the sort reads it, so that the same index serves both
		String amount = InvoiceFilter.Sort.AMOUNT.expression();
		condition(sql, parameters, amount + " >= :minAmount", "minAmount", f.minAmount());
		condition(sql, parameters, amount + " <= :maxAmount", "maxAmount", f.maxAmount());
		if (f.downloaded() != null) {
			sql.append(f.downloaded() ? " and downloaded_at is not null" : " and downloaded_at is null");
		}
		if (f.statuses() != null && !f.statuses().isEmpty()) {
			sql.append(" and status in (:statuses)");
			parameters.put("statuses", f.statuses().stream().map(Enum::name).toList());
		}
		if (f.number() != null && !f.number().isBlank()) {
			sql.append(" and number = :number");
			parameters.put("number", f.number().strip());
		}
		if (f.depositNumber() != null && !f.depositNumber().isBlank()) {
			sql.append(" and deposit_id = (select d.id from deposit d where d.number = :depositNumber)");
			parameters.put("depositNumber", f.depositNumber().strip());
		}
	}

	/** Whose list it is, for its counts. */
	InvoiceCounts.Party owner() {
		return this.recipient.map(InvoiceCounts.Party::recipient)
			.or(() -> this.validator.map(InvoiceCounts.Party::validator))
			.orElseGet(() -> InvoiceCounts.Party.supplier(this.supplier.orElseThrow()));
	}

	private String party(Map<String, Object> parameters) {
		if (this.recipient.isPresent()) {
			parameters.put("recipient", this.recipient.get());
			return "recipient = :recipient and status not in ('A_VALIDER_1', 'REFUSEE_1')";
		}
		if (this.validator.isPresent()) {
			parameters.put("validator", this.validator.get());
			return "validator = :validator";
		}
		parameters.put("supplier", this.supplier.orElseThrow());
		return "supplier_id = :supplier";
	}

	private static void condition(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			parameters.put(name, value);
		}
	}

	/** LIKE's own characters, taken literally. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	record Query(String sql, Map<String, Object> parameters) {

	}

	/**
	 * Where a page ends: the last row's sort value and id, written in the next page's
	 * link as {@code value~id}.
	 */
	record Cursor(String value, long id) {

		static Optional<Cursor> parse(String text) {
			if (text == null || !text.matches("[^~]*~\\d{1,18}")) {
				return Optional.empty();
			}
			int tilde = text.lastIndexOf('~');
			return Optional.of(new Cursor(text.substring(0, tilde), Long.parseLong(text.substring(tilde + 1))));
		}

		static Cursor after(InvoiceSummary last, InvoiceFilter.Sort sort) {
			String value = switch (sort) {
				case DEPOSIT -> String.valueOf(last.id());
				case ISSUE_DATE -> last.issueDate().toString();
				case AMOUNT -> last.totalWithVat().orElse(BigDecimal.ZERO).toPlainString();
			};
			return new Cursor(value, last.id());
		}

		/** The value typed as the sort column's; a bad one matches nothing past it. */
		Object value(InvoiceFilter.Sort sort) {
			try {
				return switch (sort) {
					case DEPOSIT -> Long.parseLong(this.value);
					case ISSUE_DATE -> LocalDate.parse(this.value);
					case AMOUNT -> new BigDecimal(this.value);
				};
			}
			catch (RuntimeException ex) {
				return switch (sort) {
					case DEPOSIT -> 0L;
					case ISSUE_DATE -> LocalDate.MIN;
					case AMOUNT -> BigDecimal.ZERO;
				};
			}
		}

		@Override
		public String toString() {
			return this.value + "~" + this.id;
		}

	}

}
