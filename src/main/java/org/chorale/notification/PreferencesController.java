package org.chorale.notification;

import java.util.Map;

import org.chorale.account.SignedInUser;
import org.chorale.notification.Topic.Mode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mon compte" > Notifications: how each person hears of invoices by e-mail. */
@Controller
@RequestMapping("/mon-compte/notifications")
class PreferencesController {

	private final NotificationPreferences preferences;

	PreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("modes", this.preferences.of(me.accountId()));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("choices", Mode.values());
		return "notification/preferences";
	}

	@PostMapping
	String save(@AuthenticationPrincipal SignedInUser me, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		for (Topic topic : Topic.values()) {
			String chosen = form.get(topic.name());
			if (chosen != null) {
				this.preferences.choose(me.accountId(), topic, Mode.valueOf(chosen));
			}
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/mon-compte/notifications";
	}

}
