package org.chorale.cpro;

import org.chorale.account.SignedInUser;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work area "Raccordements" of a structure, for its primary manager: technical users
 * and API clients. A new password or secret is shown on the page that creates it, once;
 * it is never stored in clear nor put in a link.
 */
@Controller
@RequestMapping("/structures/{id}/raccordements")
class ConnectionController {

	private static final String PAGE = "cpro/connections";

	private final Connections connections;

	ConnectionController(Connections connections) {
		this.connections = connections;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, id, model);
	}

	@PostMapping("/utilisateurs-techniques")
	String createTechnicalAccount(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("created", this.connections.createTechnicalAccount(me.accountId(), new StructureId(id)));
		model.addAttribute("createdKind", "technical");
		return page(me, id, model);
	}

	@PostMapping("/utilisateurs-techniques/{technical}/mot-de-passe")
	String reset(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long technical,
			Model model) {
		model.addAttribute("created", this.connections.resetPassword(me.accountId(), new StructureId(id), technical));
		model.addAttribute("createdKind", "technical");
		return page(me, id, model);
	}

	@PostMapping("/clients")
	String createClient(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String name, Model model) {
		try {
			model.addAttribute("created", this.connections.createClient(me.accountId(), new StructureId(id), name));
			model.addAttribute("createdKind", "client");
		}
		catch (Refusal refusal) {
			model.addAttribute("refusal", refusal);
		}
		return page(me, id, model);
	}

	@PostMapping("/clients/{client}/supprimer")
	String deleteClient(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long client) {
		this.connections.deleteClient(me.accountId(), new StructureId(id), client);
		return "redirect:/structures/" + id + "/raccordements?supprime";
	}

	@PostMapping("/webhooks")
	String addWebhook(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String url, Model model) {
		try {
			model.addAttribute("created",
					this.connections.addWebhook(me.accountId(), new StructureId(id), (url == null) ? "" : url));
			model.addAttribute("createdKind", "webhook");
		}
		catch (Refusal refusal) {
			model.addAttribute("refusal", refusal);
		}
		return page(me, id, model);
	}

	@PostMapping("/webhooks/{webhook}/supprimer")
	String removeWebhook(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long webhook) {
		this.connections.removeWebhook(me.accountId(), new StructureId(id), webhook);
		return "redirect:/structures/" + id + "/raccordements";
	}

	private String page(SignedInUser me, long id, Model model) {
		model.addAttribute("overview", this.connections.overview(me.accountId(), new StructureId(id)));
		return PAGE;
	}

}
