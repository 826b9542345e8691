package fr.openmarches.award;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.identity.AccountId;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.OpeningSessionView;
import fr.openmarches.opening.PieceOutcome;
import fr.openmarches.submission.DepositRegister;

/**
 * The bids of a consultation that the analysis may score: the opening's deposits received in time with
 * at least one piece opened and matching its hash, completed by the deposit register (company, lots)
 * and the company's identifiers. Read as the buyer: the opening checks that they are one of the
 * consultation's.
 */
@Component
class OpenedBids {

	private final OpeningDesk opening;

	private final DepositRegister register;

	private final CompanyService companies;

	OpenedBids(OpeningDesk opening, DepositRegister register, CompanyService companies) {
		this.opening = opening;
		this.register = register;
		this.companies = companies;
	}

	/** In the order received. */
	List<Bid> of(AccountId buyer, ConsultationId consultation) {
		var view = opening.view(buyer, consultation);
		var entries = register.of(consultation)
			.stream()
			.collect(Collectors.toMap(e -> e.deposit().value(), Function.identity()));
		return view.deposits()
			.stream()
			.filter(d -> !d.late() && offerOpened(d))
			// a candidature the commission set aside has no offer to analyse
			.filter(d -> d.admission() == null || d.admission().admitted())
			.filter(d -> entries.containsKey(d.id()))
			.map(d -> bid(d, entries.get(d.id())))
			.toList();
	}

	/** Its offer opened (or, for a deposit without an offer envelope, any of its pieces). */
	private static boolean offerOpened(OpeningSessionView.Deposit deposit) {
		var offers = deposit.pieces().stream().filter(p -> p.envelope() == Envelope.OFFER).toList();
		return (offers.isEmpty() ? deposit.pieces() : offers).stream().anyMatch(p -> p.outcome() == PieceOutcome.OPENED);
	}

	private Bid bid(OpeningSessionView.Deposit deposit, DepositRegister.Entry entry) {
		var company = companies.find(entry.company());
		var siren = company.map(c -> c.siren() == null ? null : c.siren().value()).orElse(null);
		var siret = company.flatMap(c -> c.headOffice()).map(e -> e.siret().value()).orElse(null);
		return new Bid(deposit.id(), deposit.number(), entry.company(), entry.companyName(), siren, siret, entry.lots(),
				deposit.receivedAt());
	}

	static Map<java.util.UUID, Bid> byDeposit(List<Bid> bids) {
		return bids.stream().collect(Collectors.toMap(Bid::deposit, Function.identity()));
	}
}
