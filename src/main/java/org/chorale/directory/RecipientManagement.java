package org.chorale.directory;

import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.shared.Refusal;
import org.chorale.structure.AccessRight;
import org.chorale.structure.MembershipView;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureKind;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.structure.WorkArea;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people of a public structure do with its directory entry. Its primary manager
 * publishes the entry, sets its parameters and maintains its services; members with the
 * "Engagements" work area read its commitments, and register or change them when they
 * have the modification right there.
 */
@Service
@Transactional
public class RecipientManagement {

	private final StructureManagement structures;

	private final Recipients recipients;

	private final RecipientServices services;

	private final Commitments commitments;

	private final DirectoryQueries queries;

	RecipientManagement(StructureManagement structures, Recipients recipients, RecipientServices services,
			Commitments commitments, DirectoryQueries queries) {
		this.structures = structures;
		this.recipients = recipients;
		this.services = services;
		this.commitments = commitments;
		this.queries = queries;
	}

	/**
	 * The public structure and its directory entry, if it has one, for its primary
	 * manager.
	 * @throws AccessDeniedException for anyone else, and for private structures
	 */
	@Transactional(readOnly = true)
	public Managed managed(AccountId manager, StructureId id) {
		StructureView structure = publicStructure(manager, id);
		if (!this.structures.member(manager, id).primaryManager()) {
			throw new AccessDeniedException("Not the primary manager of structure " + id);
		}
		return new Managed(structure, this.queries.recipient(structure.identifier()));
	}

	/**
	 * Adds the structure to the directory, active, asking nothing of invoices, with the
	 * default service FACTURES_PUBLIQUES.
	 */
	public RecipientView publish(AccountId manager, StructureId id) {
		Managed managed = managed(manager, id);
		if (managed.recipient().isPresent()) {
			return managed.recipient().get();
		}
		StructureView structure = managed.structure();
		RecipientAddress address = structure.address()
			.map(found -> new RecipientAddress(found.line(), found.complement(), found.postalCode(), found.city()))
			.orElse(new RecipientAddress(null, null, null, null));
		Recipient recipient = this.recipients
			.save(Recipient.publish(structure.identifier(), structure.country().code(), structure.name(), address));
		this.services.save(RecipientService.create(recipient.id(), ServiceCode.FACTURES_PUBLIQUES, new ServiceDetails(
				"Service des factures publiques", true, Optional.empty(), Optional.empty(), false, true)));
		return recipient.view();
	}

	public void configure(AccountId manager, StructureId id, RecipientParameters parameters, boolean active) {
		Recipient recipient = entry(manager, id);
		recipient.configure(parameters, active);
		this.recipients.save(recipient);
	}

	/**
	 * @throws Refusal when the code is not a possible one or already taken
	 */
	public void addService(AccountId manager, StructureId id, String code, ServiceDetails details) {
		Recipient recipient = entry(manager, id);
		RecipientService service = RecipientService.create(recipient.id(), code, details);
		if (this.services.findByRecipientAndCode(recipient.id(), service.code()).isPresent()) {
			throw new Refusal("code", "service.exists", service.code());
		}
		try {
			this.services.save(service);
		}
		catch (DuplicateKeyException ex) {
			throw new Refusal("code", "service.exists", service.code());
		}
	}

	public void editService(AccountId manager, StructureId id, long serviceId, ServiceDetails details) {
		RecipientService service = serviceOf(entry(manager, id), serviceId)
			.orElseThrow(() -> Refusal.of("service.unknown"));
		service.edit(details);
		this.services.save(service);
	}

	@Transactional(readOnly = true)
	public Optional<ServiceView> service(AccountId manager, StructureId id, long serviceId) {
		return serviceOf(entry(manager, id), serviceId).map(RecipientService::view);
	}

	private Optional<RecipientService> serviceOf(Recipient recipient, long serviceId) {
		return this.services.findById(serviceId).filter(found -> found.recipient() == recipient.id());
	}

	/**
	 * The structure, its directory entry and what the member may do with its commitments.
	 * @throws AccessDeniedException without the "Engagements" work area
	 */
	@Transactional(readOnly = true)
	public CommitmentsAccess commitments(AccountId member, StructureId id) {
		StructureView structure = publicStructure(member, id);
		MembershipView membership = this.structures.member(member, id);
		AccessRight right = structure.opened(WorkArea.ENGAGEMENTS) ? membership.rights().get(WorkArea.ENGAGEMENTS)
				: null;
		if (right == null) {
			throw new AccessDeniedException("No access to the commitments of structure " + id);
		}
		return new CommitmentsAccess(structure, this.queries.recipient(structure.identifier()),
				right == AccessRight.MODIFICATION);
	}

	public SearchPage<CommitmentView> commitmentPage(AccountId member, StructureId id, int page) {
		CommitmentsAccess access = commitments(member, id);
		int bounded = Math.max(0, page);
		return access.recipient()
			.map(recipient -> SearchPage.of(this.queries.commitments(recipient.id(), bounded), bounded))
			.orElse(SearchPage.of(List.of(), 0));
	}

	/**
	 * @throws Refusal when the number is taken or the details do not hold
	 */
	public void registerCommitment(AccountId member, StructureId id, String number, CommitmentDetails details) {
		Recipient recipient = commitmentEntry(member, id);
		Commitment commitment = Commitment.register(recipient.id(), number, details);
		if (this.commitments.findByRecipientAndNumber(recipient.id(), commitment.number()).isPresent()) {
			throw new Refusal("number", "commitment.exists", commitment.number());
		}
		this.commitments.save(commitment);
	}

	public void changeCommitmentStatus(AccountId member, StructureId id, long commitmentId, CommitmentStatus status) {
		Recipient recipient = commitmentEntry(member, id);
		Commitment commitment = this.commitments.findById(commitmentId)
			.filter(found -> found.recipient() == recipient.id())
			.orElseThrow(() -> Refusal.of("commitment.unknown"));
		commitment.changeStatus(status);
		this.commitments.save(commitment);
	}

	private Recipient commitmentEntry(AccountId member, StructureId id) {
		CommitmentsAccess access = commitments(member, id);
		if (!access.modify()) {
			throw new AccessDeniedException("Consultation only on the commitments of structure " + id);
		}
		return access.recipient()
			.flatMap(found -> this.recipients.findById(found.id()))
			.orElseThrow(() -> Refusal.of("directory.notPublished"));
	}

	private Recipient entry(AccountId manager, StructureId id) {
		return managed(manager, id).recipient()
			.flatMap(found -> this.recipients.findById(found.id()))
			.orElseThrow(() -> Refusal.of("directory.notPublished"));
	}

	private StructureView publicStructure(AccountId member, StructureId id) {
		StructureView structure = this.structures.structureFor(member, id);
		if (structure.kind() != StructureKind.PUBLIQUE) {
			throw new AccessDeniedException("Structure " + id + " is not a public structure");
		}
		return structure;
	}

	/** A public structure and its directory entry, empty until it is published. */
	public record Managed(StructureView structure, Optional<RecipientView> recipient) {

	}

	/**
	 * @param modify whether the member may register and change commitments
	 */
	public record CommitmentsAccess(StructureView structure, Optional<RecipientView> recipient, boolean modify) {

	}

}
