package fr.openmarches.consultation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.openmarches.consultation.BuyerAction;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationSettings;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.consultation.Violation;
import fr.openmarches.identity.AccountId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the buyer's pages share: the consultation page's model (several forms post to it and come
 * back to it with their errors), and violations shown next to their fields.
 */
@Component
class BuyerViews {

	static final String BASE = "/acheteur/consultations";

	private final BuyerConsultations buyers;

	private final ConsultationSettings settings;

	private final MessageSource messages;

	BuyerViews(BuyerConsultations buyers, ConsultationSettings settings, MessageSource messages) {
		this.buyers = buyers;
		this.settings = settings;
		this.messages = messages;
	}

	static String path(ConsultationId id) {
		return BASE + "/" + id;
	}

	/** The id in a URL, if it is one of this buyer's consultations. */
	ConsultationDetails consultation(AccountId buyer, String id) {
		var parsed = ConsultationId.parse(id).orElseThrow(() -> new NoSuchConsultationException(null));
		return buyers.find(buyer, parsed).orElseThrow(() -> new NoSuchConsultationException(parsed));
	}

	/** The buyer's page of a consultation; forms with errors already in the model are kept. */
	String consultationPage(AccountId buyer, ConsultationDetails consultation, Model model) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("actions",
				BuyerAction.allowedIn(consultation.state()).stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("maxSize", settings.maxDocumentSize().toBytes());
		model.addAttribute("history", history(consultation));
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", DocumentForms.Upload.empty());
		}
		if (!model.containsAttribute("paper")) {
			model.addAttribute("paper", DocumentForms.Paper.empty());
		}
		if (consultation.state() == ConsultationState.DRAFT) {
			model.addAttribute("check", buyers.check(buyer, consultation.id()));
		}
		return "consultation/buyer/consultation";
	}

	/** Every version of every document, the newest change first, for the buyer's history table. */
	private static List<ConsultationDetails.ChangeView> history(ConsultationDetails consultation) {
		return consultation.changes()
			.stream()
			.sorted(Comparator.comparingInt(ConsultationDetails.ChangeView::number).reversed())
			.toList();
	}

	/**
	 * Shows each violation next to its field, the field named as the form names it; what no field
	 * of the form shows goes to the form as a whole.
	 */
	void reject(BindingResult errors, List<Violation> violations, Function<Violation, String> field,
			List<String> fields) {
		var locale = LocaleContextHolder.getLocale();
		for (var violation : violations) {
			var name = field.apply(violation);
			var arguments = violation.arguments().toArray();
			var text = messages.getMessage(violation.messageKey(), arguments, locale);
			if (fields.stream().anyMatch(f -> name.equals(f) || name.startsWith(f + "["))) {
				errors.rejectValue(name, violation.messageKey(), arguments, text);
			}
			else {
				errors.reject(violation.messageKey(), arguments, text);
			}
		}
	}

	/** The violations, one per field (the first one found), so that a field shows one explanation. */
	static List<Violation> firstPerField(List<Violation> violations) {
		Map<String, Violation> first = violations.stream()
			.collect(Collectors.toMap(Violation::field, v -> v, (a, b) -> a, LinkedHashMap::new));
		return List.copyOf(first.values());
	}
}
