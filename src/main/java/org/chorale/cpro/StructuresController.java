package org.chorale.cpro;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.directory.Directory;
import org.chorale.directory.RecipientView;
import org.chorale.directory.ServiceView;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.StructureIdentifier;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Chorus Pro's Structures API over the directory of public structures (annuaire): a
 * structure's {@code idStructureCPP} is its id in the directory, as
 * {@code rechercherDestinataire} gives it too.
 */
@Tag(name = "Structures",
		description = "Chorus Pro /cpro/structures/v1: the directory of public structures and their services")
@CproApi
@RequestMapping("/cpro/structures/v1")
class StructuresController {

	private final Directory directory;

	StructuresController(Directory directory) {
		this.directory = directory;
	}

	/**
	 * By identifier (SIRET…), else by the words of the name, postal code or city given;
	 * only public structures are in the directory, so a search restricted to private ones
	 * finds none.
	 */
	@PostMapping("/rechercher")
	Map<String, Object> rechercherStructure(@RequestBody(required = false) StructureSearch request) {
		StructureSearch search = (request != null) ? request : new StructureSearch(null, null, null);
		Paging paging = Paging.of(search.parametres());
		Criteria criteria = (search.structure() != null) ? search.structure() : Criteria.NONE;
		Directory.Slice<RecipientView> found;
		if ("PRIVEE".equals(Request.text(criteria.typeStructure()))
				|| Boolean.TRUE.equals(search.restreindreStructuresPrivees())) {
			found = new Directory.Slice<>(List.of(), 0);
		}
		else if (Request.text(criteria.identifiantStructure()) != null) {
			List<RecipientView> one = byIdentifier(criteria).stream().toList();
			found = new Directory.Slice<>(Request.slice(one, paging), one.size());
		}
		else {
			found = this.directory.search(String.join(" ",
					Request.words(criteria.raisonSocialeStructure(), criteria.libelleStructure(),
							criteria.nomStructure(), criteria.prenomStructure(), criteria.adresseCodePostal(),
							criteria.adresseVille())),
					paging.offset(), paging.size());
		}
		return Answer.page("listeStructures", found.items().stream().map(StructuresController::summary).toList(),
				paging, found.total());
	}

	@PostMapping("/consulter")
	Map<String, Object> consulterStructure(@RequestBody(required = false) StructureRef request) {
		RecipientView recipient = recipient(request == null ? null : request.id());
		Map<String, Object> answer = Answer.ok();
		answer.put("adressePostaleDuSiege", address(recipient));
		Map<String, Object> general = Answer.object();
		general.put("idStructureCPP", recipient.id());
		general.put("identifiantStructure", recipient.identifier().value());
		general.put("typeIdentifiantStructure", recipient.identifier().type().name());
		general.put("libelleStructure", recipient.name());
		general.put("raisonSocialeStructure", recipient.name());
		general.put("structurePriveePublique", "PUBLIQUE");
		general.put("estValideurDeleguee", false);
		general.put("listeStructureDupliquees", List.of());
		answer.put("informationGenerales", general);
		Map<String, Object> parameters = Answer.object();
		parameters.put("codeServiceDoitEtreRenseigne", recipient.parameters().serviceRequired());
		parameters.put("connexionEDI", recipient.parameters().ediSender());
		parameters.put("estMoaUniquement", recipient.parameters().moaOnly());
		parameters.put("estValideurDelegue", false);
		parameters.put("gestionNumeroEJOuCodeService", recipient.parameters().serviceOrCommitment());
		parameters.put("getaMoa", recipient.parameters().moa());
		parameters.put("nonDiffusibleInsee", false);
		parameters.put("numeroEJDoitEtreRenseigne", recipient.parameters().commitmentRequired());
		parameters.put("recevoirDonneesViaEDI", recipient.parameters().ediReceiver());
		parameters.put("statutMiseEnPaiementNestPasRemonte", !recipient.parameters().paymentStatusReported());
		answer.put("parametres", parameters);
		return answer;
	}

	@PostMapping("/rechercher/services")
	Map<String, Object> rechercherServicesStructure(@RequestBody(required = false) ServiceSearch request) {
		RecipientView recipient = recipient(request == null ? null : request.idStructure());
		Paging paging = Paging.of(request.parametresRechercherServicesStructure());
		Directory.Slice<ServiceView> services = this.directory.services(recipient.id(), paging.offset(), paging.size());
		List<Map<String, Object>> items = services.items().stream().map(service -> {
			Map<String, Object> item = Answer.object();
			item.put("codeService", service.code());
			item.put("estActif", service.active());
			item.put("idService", service.id());
			item.put("libelleService", service.name());
			item.put("statutService", service.active() ? "ACTIF" : "INACTIF");
			return item;
		}).toList();
		return Answer.page("listeServices", items, paging, services.total());
	}

	@PostMapping("/consulter/service")
	Map<String, Object> consulterServiceStructure(@RequestBody(required = false) ServiceRef request) {
		RecipientView recipient = recipient(request == null ? null : request.idStructure());
		long id = Request.required("idService", request.idService());
		ServiceView service = this.directory.service(recipient.id(), id)
			.orElseThrow(() -> ApiFailure.notFound("cpro.error.service", id));
		Map<String, Object> answer = Answer.ok();
		answer.put("adressePostale", address(recipient));
		Map<String, Object> general = Answer.object();
		general.put("codeService", service.code());
		general.put("descriptionService", service.name());
		general.put("nomService", service.name());
		answer.put("informationsGenerales", general);
		Map<String, Object> parameters = Answer.object();
		parameters.put("dateDebutValidite",
				(service.startDate() == null) ? null : service.startDate().toString() + " 00:00");
		parameters.put("dateFinValidite", (service.endDate() == null) ? null : service.endDate().toString() + " 00:00");
		parameters.put("miseEnPaiement", service.paymentStatusReported());
		parameters.put("numeroEngagement", service.commitmentRequired());
		answer.put("parametres", parameters);
		return answer;
	}

	private Optional<RecipientView> byIdentifier(Criteria criteria) {
		String type = Optional.ofNullable(Request.text(criteria.typeIdentifiantStructure())).orElse("SIRET");
		try {
			return this.directory.recipient(
					new StructureIdentifier(Request.value(IdentifierType.class, "typeIdentifiantStructure", type),
							criteria.identifiantStructure()));
		}
		catch (InvalidIdentifier ex) {
			return Optional.empty();
		}
	}

	private RecipientView recipient(Long id) {
		long value = Request.required("idStructure", id);
		return this.directory.recipient(value).orElseThrow(() -> ApiFailure.notFound("cpro.error.structure", value));
	}

	static Map<String, Object> summary(RecipientView recipient) {
		Map<String, Object> item = Answer.object();
		item.put("designationStructure", recipient.name());
		item.put("idStructureCPP", recipient.id());
		item.put("identifiantStructure", recipient.identifier().value());
		item.put("statut", recipient.active() ? "ACTIF" : "INACTIF");
		item.put("typeIdentifiantStructure", recipient.identifier().type().name());
		return item;
	}

	private static Map<String, Object> address(RecipientView recipient) {
		Map<String, Object> address = Answer.object();
		address.put("adresse", recipient.address().line());
		address.put("codePostal", recipient.address().postalCode());
		address.put("complementAdresse1", recipient.address().complement());
		address.put("complementAdresse2", null);
		address.put("pays", recipient.country());
		address.put("ville", recipient.address().city());
		return address;
	}

	record StructureSearch(Paging.Parameters parametres, Boolean restreindreStructuresPrivees, Criteria structure) {

	}

	record Criteria(String adresseCodePays, String adresseCodePostal, String adresseVille, String identifiantStructure,
			String libelleStructure, String nomStructure, String prenomStructure, String raisonSocialeStructure,
			String statutStructure, String typeIdentifiantStructure, String typeStructure) {

		static final Criteria NONE = new Criteria(null, null, null, null, null, null, null, null, null, null, null);

	}

	record StructureRef(Long idStructure, Long idStructureCPP, String codeLangue) {

		Long id() {
			return (this.idStructure != null && this.idStructure != 0) ? this.idStructure : this.idStructureCPP;
		}

	}

	record ServiceSearch(Long idStructure, Paging.Parameters parametresRechercherServicesStructure) {

	}

	record ServiceRef(Long idStructure, Long idService, String codeLangue) {

	}

}
