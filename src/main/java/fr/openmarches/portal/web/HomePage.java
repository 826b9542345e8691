package fr.openmarches.portal.web;

import java.time.Duration;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.portal.PortalProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: search, latest consultations, a few figures, the ways in. */
@Controller
class HomePage {

	/** The home page counts the consultations closing within this period. */
	static final Duration CLOSING_SOON = Duration.ofDays(7);

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory directory;

	private final PortalProperties properties;

	HomePage(ConsultationCatalogue catalogue, EntityDirectory directory, PortalProperties properties) {
		this.catalogue = catalogue;
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("latest", catalogue.latest(properties.latestConsultations()));
		model.addAttribute("openCount", catalogue.countOpen());
		model.addAttribute("closingSoonCount", catalogue.countClosingWithin(CLOSING_SOON));
		model.addAttribute("entityCount", directory.countEntities());
		model.addAttribute("organisationCount", directory.organisations().size());
		return "portal/home";
	}
}
