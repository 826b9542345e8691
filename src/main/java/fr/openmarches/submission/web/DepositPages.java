package fr.openmarches.submission.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.dume.EspdNotFoundException;
import fr.openmarches.dume.EspdResponse;
import fr.openmarches.dume.EspdResponses;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.OpeningKey;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.Pagination;
import fr.openmarches.submission.DepositDesk;
import fr.openmarches.submission.DepositId;
import fr.openmarches.submission.DepositRegister;
import fr.openmarches.submission.DepositStatus;
import fr.openmarches.submission.DepositView;
import fr.openmarches.submission.Uploader;
import fr.openmarches.vault.Vault;
import fr.openmarches.vault.VaultDocument;

/**
 * The deposit pages: the deposit form of a consultation (the browser seals and sends the files,
 * {@code /js/deposit/deposit.js}), the company's deposits and each one with its receipt, and the
 * register of deposits for the consultation's buyers.
 */
@Controller
class DepositPages {

	private static final int PAGE_SIZE = 20;

	private final DepositDesk desk;

	private final DepositRegister register;

	private final ConsultationCatalogue catalogue;

	private final CompanyService companies;

	private final CompanyOfMember member;

	private final BuyerConsultations buyerConsultations;

	private final OpeningKeys openingKeys;

	private final Vault vault;

	private final EspdResponses espdResponses;

	private final DepositRegisterCsv registerCsv;

	private final java.time.Clock clock;

	DepositPages(DepositDesk desk, DepositRegister register, ConsultationCatalogue catalogue, CompanyService companies, CompanyOfMember member,
			BuyerConsultations buyerConsultations, OpeningKeys openingKeys, Vault vault, EspdResponses espdResponses,
			DepositRegisterCsv registerCsv,
			java.time.Clock clock) {
		this.vault = vault;
		this.espdResponses = espdResponses;
		this.registerCsv = registerCsv;
		this.clock = clock;
		this.desk = desk;
		this.register = register;
		this.catalogue = catalogue;
		this.companies = companies;
		this.member = member;
		this.buyerConsultations = buyerConsultations;
		this.openingKeys = openingKeys;
	}

	@GetMapping("/consultations/{id}/depot")
	String form(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, Model model) {
		var consultation = catalogue.find(new ConsultationId(id)).orElseThrow(NoSuchElementException::new);
		var company = member.of(person);
		model.addAttribute("consultation", consultation);
		model.addAttribute("company", companies.find(company).orElseThrow());
		model.addAttribute("openingKey", openingKeys.openingKey(consultation.id()).map(OpeningKey::publicKey).orElse(null));
		model.addAttribute("late", clock.instant().isAfter(consultation.depositDeadline()));
		model.addAttribute("taking", DepositDesk.takesDeposits(consultation.state()));
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		var documents = vault.documents(person.accountId());
		model.addAttribute("today", today);
		model.addAttribute("vaultDocuments", documents.stream()
			.filter(d -> d.validity(today) != VaultDocument.Validity.EXPIRED)
			.toList());
		model.addAttribute("expiredVaultDocuments", documents.stream()
			.filter(d -> d.validity(today) == VaultDocument.Validity.EXPIRED)
			.toList());
		model.addAttribute("espd", espdResponse(person, consultation.id()));
		model.addAttribute("referenceable", desk.referenceable(new Uploader(person.accountId(), company),
				consultation.id()));
		model.addAttribute("previous", desk.depositsOf(company, 0, 200)
			.stream()
			.filter(d -> d.consultation().equals(consultation.id()))
			.toList());
		return "submission/deposit";
	}

	/** The company's DUME response to the consultation (saved or not); none when the consultation has no DUME (never published). */
	private EspdResponse espdResponse(SignedInUser person, ConsultationId consultation) {
		try {
			return espdResponses.responseOf(person.accountId(), consultation);
		}
		catch (EspdNotFoundException e) {
			return null;
		}
	}

	@GetMapping("/mon-espace/depots")
	String mine(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal SignedInUser person, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		var deposits = desk.depositsOf(member.of(person), Math.max(page, 1) - 1, PAGE_SIZE);
		var consultations = new LinkedHashMap<ConsultationId, ConsultationDetails>();
		deposits.forEach(d -> consultations.computeIfAbsent(d.consultation(), c -> catalogue.find(c).orElse(null)));
		model.addAttribute("deposits", deposits.getContent());
		model.addAttribute("consultations", consultations);
		model.addAttribute("pagination", Pagination.of(deposits, request));
		return "submission/mine";
	}

	@GetMapping("/mon-espace/depots/{id}")
	String one(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, Model model) {
		var deposit = desk.find(new DepositId(id), member.of(person)).orElseThrow(NoSuchElementException::new);
		model.addAttribute("deposit", deposit);
		model.addAttribute("consultation", catalogue.find(deposit.consultation()).orElseThrow());
		return "submission/one";
	}

	/** The receipt's state, polled by the deposit page until the signed receipt is there. */
	@GetMapping("/mon-espace/depots/{id}/accuse")
	String receiptState(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, Model model) {
		DepositView deposit = desk.find(new DepositId(id), member.of(person)).orElseThrow(NoSuchElementException::new);
		model.addAttribute("deposit", deposit);
		return "submission/one :: receipt";
	}

	@GetMapping("/acheteur/consultations/{id}/depots")
	String register(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Model model) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id))
			.orElseThrow(NoSuchElementException::new);
		var entries = register.of(consultation.id());
		model.addAttribute("consultation", consultation);
		model.addAttribute("entries", entries);
		model.addAttribute("companies", entries.stream()
			.filter(e -> e.status() != DepositStatus.LATE)
			.map(DepositRegister.Entry::company)
			.distinct()
			.count());
		model.addAttribute("late", entries.stream().filter(e -> e.status() == DepositStatus.LATE).count());
		return "submission/register";
	}

	@GetMapping("/acheteur/consultations/{id}/depots.csv")
	void registerCsv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id))
			.orElseThrow(NoSuchElementException::new);
		registerCsv.write(consultation.id(), consultation.reference(), locale, response);
	}

}
