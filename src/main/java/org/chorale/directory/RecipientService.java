package org.chorale.directory;

import java.time.LocalDate;

import org.chorale.shared.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service of a recipient (codeService): invoices may name it, and must when the
 * recipient says so. It receives invoices while active and within its dates.
 */
@Table("recipient_service")
class RecipientService {

	@Id
	private Long id;

	private final long recipient;

	private final String code;

	private String name;

	private boolean active;

	private LocalDate startDate;

	private LocalDate endDate;

	private boolean commitmentRequired;

	private boolean paymentStatusReported;

	@Version
	private int version;

	@PersistenceCreator
	RecipientService(Long id, long recipient, String code) {
		this.id = id;
		this.recipient = recipient;
		this.code = code;
	}

	static RecipientService create(long recipient, String code, ServiceDetails details) {
		RecipientService service = new RecipientService(null, recipient, ServiceCode.parse(code)
			.orElseThrow(() -> new Refusal("code", "service.code.invalid", ServiceCode.MAX)));
		service.edit(details);
		return service;
	}

	void edit(ServiceDetails details) {
		this.name = details.name();
		this.active = details.active();
		this.startDate = details.startDate().orElse(null);
		this.endDate = details.endDate().orElse(null);
		this.commitmentRequired = details.commitmentRequired();
		this.paymentStatusReported = details.paymentStatusReported();
	}

	boolean receivesOn(LocalDate date) {
		return this.active && (this.startDate == null || !date.isBefore(this.startDate))
				&& (this.endDate == null || !date.isAfter(this.endDate));
	}

	String code() {
		return this.code;
	}

	long recipient() {
		return this.recipient;
	}

	boolean paymentStatusReported() {
		return this.paymentStatusReported;
	}

	boolean commitmentRequired() {
		return this.commitmentRequired;
	}

	ServiceView view() {
		return new ServiceView(this.id, this.code, this.name, this.active, this.startDate, this.endDate,
				this.commitmentRequired, this.paymentStatusReported);
	}

}
