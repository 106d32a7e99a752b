package org.chorale.cpro;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.sollicitation.Category;
import org.chorale.sollicitation.SubCategory;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The catalogue of request categories and sub-categories
 * (rechercherCategorieSollicitation, rechercherSousCategorieSollicitation), with French
 * labels as Chorus Pro gives them. The requests themselves are portal pages: Chorus Pro's
 * API has no operation to send one.
 */
@Tag(name = "Transverses", description = "Chorus Pro /cpro/transverses/v1: reference lists, files, reports")
@CproApi
class SollicitationsController {

	private static final String BASE = "/cpro/transverses/v1/rechercher";

	private final MessageSource messages;

	SollicitationsController(MessageSource messages) {
		this.messages = messages;
	}

	@PostMapping(BASE + "/categorieSollicitation")
	Map<String, Object> rechercherCategorieSollicitation(@RequestBody(required = false) CategorySearch request) {
		CategorySearch search = (request != null) ? request : new CategorySearch(null, null, null, null);
		Paging paging = Paging.of(search.pagination());
		List<Map<String, Object>> found = Arrays.stream(Category.values())
			.filter(category -> matches(category.name(), search.codeCategorie()))
			.filter(category -> contains(label(category.labelKey()), search.libelleCategorie()))
			.filter(category -> !Boolean.FALSE.equals(search.estActif()))
			.map(this::category)
			.toList();
		return Answer.page("listeCategories", Request.slice(found, paging), paging, found.size());
	}

	/** The sub-categories found, grouped under their category as Chorus Pro answers. */
	@PostMapping(BASE + "/sousCategorieSollicitation")
	Map<String, Object> rechercherSousCategorieSollicitation(@RequestBody(required = false) SubCategorySearch request) {
		SubCategorySearch search = (request != null) ? request : new SubCategorySearch(null, null, null, null, null);
		Paging paging = Paging.of(search.pagination());
		List<SubCategory> found = Arrays.stream(SubCategory.values())
			.filter(sub -> search.idTechniqueCategorie() == null || search.idTechniqueCategorie() == 0
					|| sub.category().technicalId() == search.idTechniqueCategorie())
			.filter(sub -> matches(sub.name(), search.code()))
			.filter(sub -> contains(label(sub.labelKey()), search.libelle()))
			.filter(sub -> !Boolean.FALSE.equals(search.estActif()))
			.toList();
		Map<Category, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		Request.slice(found, paging).forEach(sub -> {
			Map<String, Object> item = Answer.object();
			item.put("code", sub.name());
			item.put("libelle", label(sub.labelKey()));
			item.put("estActif", true);
			item.put("idTechnique", sub.technicalId());
			item.put("idTechniqueCategorie", sub.category().technicalId());
			groups.computeIfAbsent(sub.category(), c -> new java.util.ArrayList<>()).add(item);
		});
		List<Map<String, Object>> items = groups.entrySet().stream().map(group -> {
			Map<String, Object> item = Answer.object();
			item.put("categorie", List.of(category(group.getKey())));
			item.put("ssCategorie", group.getValue());
			return item;
		}).toList();
		return Answer.page("listeSousCategories", items, paging, found.size());
	}

	private Map<String, Object> category(Category category) {
		Map<String, Object> item = Answer.object();
		item.put("codeCategorie", category.name());
		item.put("libelleCategorie", label(category.labelKey()));
		item.put("idTechniqueCategorie", category.technicalId());
		return item;
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, Locale.FRENCH);
	}

	private static boolean matches(String code, String asked) {
		return Request.text(asked) == null || code.equalsIgnoreCase(asked.strip());
	}

	private static boolean contains(String label, String asked) {
		return Request.text(asked) == null
				|| label.toLowerCase(Locale.ROOT).contains(asked.strip().toLowerCase(Locale.ROOT));
	}

	record CategorySearch(String codeCategorie, String libelleCategorie, Boolean estActif, @JsonAlias( {
			"parametres", "parametresRecherche" }) Paging.Parameters pagination){

	}

	record SubCategorySearch(String code, String libelle, Integer idTechniqueCategorie, Boolean estActif, @JsonAlias( {
			"parametres", "parametresRecherche" }) Paging.Parameters pagination){

	}

}
