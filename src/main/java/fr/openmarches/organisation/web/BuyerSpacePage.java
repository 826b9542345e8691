package fr.openmarches.organisation.web;

import java.util.Comparator;
import java.util.List;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.Appointment;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.OrganisationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /acheteur}: the buyer space's home. The entities the signed-in agent acts for, with their
 * roles there; links to their consultations, and for administrators to the entity's management.
 */
@Controller
class BuyerSpacePage {

	private final OrganisationService organisations;

	private final EntityDirectory directory;

	BuyerSpacePage(OrganisationService organisations, EntityDirectory directory) {
		this.organisations = organisations;
		this.directory = directory;
	}

	@GetMapping("/acheteur")
	String home(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("places", places(person, organisations, directory));
		return "organisation/buyer/home";
	}

	static List<Workplace> places(SignedInUser person, OrganisationService organisations,
			EntityDirectory directory) {
		var appointments = organisations.appointmentsOf(person.accountId());
		var entities = directory.summaries(appointments.stream().map(Appointment::entity).toList());
		return appointments.stream()
			.filter(a -> entities.containsKey(a.entity()))
			.map(a -> new Workplace(entities.get(a.entity()), a))
			.sorted(Comparator.comparing(w -> w.entity().name()))
			.toList();
	}
}
