package org.chorale.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The dev mailbox page: every e-mail sent by this embedded instance. */
@Controller
@ConditionalOnDevMailbox
class DevMailboxController {

	private final DevMailbox mailbox;

	DevMailboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/dev/courriels")
	String list(Model model) {
		model.addAttribute("mails", this.mailbox.mails());
		return "notification/dev-mailbox";
	}

	@GetMapping("/dev/courriels/{index}")
	String show(@PathVariable int index, Model model) {
		model.addAttribute("mail",
				this.mailbox.mails()
					.stream()
					.filter(mail -> mail.index() == index)
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		return "notification/dev-mail";
	}

}
