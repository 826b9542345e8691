package fr.openmarches.download.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.download.DownloadRegister;
import fr.openmarches.download.DownloadView;
import fr.openmarches.identity.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The download register of a consultation, for its buyers: a page and a CSV export. */
@Controller
class RegisterPages {

	private final BuyerConsultations buyerConsultations;

	private final DownloadRegister register;

	private final MessageSource messages;

	RegisterPages(BuyerConsultations buyerConsultations, DownloadRegister register, MessageSource messages) {
		this.buyerConsultations = buyerConsultations;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/acheteur/consultations/{id}/retraits")
	String page(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Model model) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		var downloads = register.of(consultation.id());
		model.addAttribute("consultation", consultation);
		model.addAttribute("downloads", downloads);
		model.addAttribute("identified", downloads.stream().filter(DownloadView::identified).count());
		model.addAttribute("people", register.identifiedDownloaders(consultation.id()).size());
		return "download/register";
	}

	@GetMapping("/acheteur/consultations/{id}/retraits.csv")
	void csv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
			HttpServletResponse response) throws IOException {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("registre-retraits-" + consultation.reference().replaceAll("[^\\w.-]", "_") + ".csv")
			.build()
			.toString());
		RegisterCsv.write(register.of(consultation.id()), labels(locale),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	RegisterCsv.Labels labels(Locale locale) {
		return new RegisterCsv.Labels(List.of("when", "who", "givenName", "company", "email", "scope", "pieces")
			.stream()
			.map(column -> messages.getMessage("download.register." + column, null, locale))
			.toList(), text("anonymous", locale), text("whole", locale), text("partial", locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage("download.register." + key, null, locale);
	}
}
