package fr.openmarches.notification.web;

import fr.openmarches.notification.DevelopmentMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dev/mailbox}: the mails captured by the in-process SMTP server. Exists only while no
 * SMTP relay is configured (demo and development); with a relay it answers 404.
 */
@Controller
class DevelopmentMailboxController {

	private final ObjectProvider<DevelopmentMailbox> mailbox;

	DevelopmentMailboxController(ObjectProvider<DevelopmentMailbox> mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/dev/mailbox")
	String list(Model model) {
		model.addAttribute("mails", mailbox().received());
		return "notification/mailbox";
	}

	@GetMapping("/dev/mailbox/{index}")
	String show(@PathVariable int index, Model model) {
		var mail = mailbox().received()
			.stream()
			.filter(m -> m.index() == index)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		return "notification/mail";
	}

	private DevelopmentMailbox mailbox() {
		var available = mailbox.getIfAvailable();
		if (available == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return available;
	}
}
