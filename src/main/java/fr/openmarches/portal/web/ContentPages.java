package fr.openmarches.portal.web;

import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.portal.PortalProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The content pages: help, accessibility statement, legal notice, personal data. */
@Controller
class ContentPages {

	private final PortalProperties properties;

	private final PlatformProperties platform;

	ContentPages(PortalProperties properties, PlatformProperties platform) {
		this.properties = properties;
		this.platform = platform;
	}

	@ModelAttribute
	void settings(Model model) {
		model.addAttribute("portal", properties);
		model.addAttribute("baseUrl", platform.baseUrl());
	}

	@GetMapping("/aide")
	String help() {
		return "portal/help";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "portal/accessibility";
	}

	@GetMapping("/mentions-legales")
	String legalNotice() {
		return "portal/legal-notice";
	}

	@GetMapping("/donnees-personnelles")
	String personalData() {
		return "portal/personal-data";
	}
}
