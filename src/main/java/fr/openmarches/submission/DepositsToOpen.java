package fr.openmarches.submission;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.opening.SealedDeposit;
import fr.openmarches.opening.SealedDeposits;

/**
 * The deposits the opening session opens: those that count and the late ones, as their manifests
 * state them. Superseded deposits are not examined, so not listed. Callers (the opening module)
 * check who asks.
 */
@Component
class DepositsToOpen implements SealedDeposits {

	private final Deposits deposits;

	private final CompanyService companies;

	private final TransactionTemplate transactions;

	DepositsToOpen(Deposits deposits, CompanyService companies, TransactionTemplate transactions) {
		this.deposits = deposits;
		this.companies = companies;
		this.transactions = transactions;
	}

	@Override
	public List<SealedDeposit> toOpen(ConsultationId consultation) {
		var found = transactions.execute(status -> deposits.findByConsultationIdOrderByReceivedAt(consultation.value())
			.stream()
			.filter(deposit -> deposit.status() != DepositStatus.SUPERSEDED)
			.map(deposit -> new Found(deposit.view(), deposit.wrappedKey()))
			.toList());
		var views = found.stream().map(Found::view).toList();
		var names = views.stream()
			.map(DepositView::company)
			.distinct()
			.map(companies::find)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(CompanyView::id, Function.identity()));
		return found.stream().map(one -> {
			var view = one.view();
			var company = names.get(view.company());
			var pieces = IntStream.range(0, view.pieces().size()).mapToObj(position -> {
				var piece = view.pieces().get(position);
				return new SealedDeposit.Piece(position, piece.envelope(), piece.lot(), piece.fileName(),
						piece.mediaType(), piece.size(), piece.plainSha256(), piece.sealedSize(), piece.sealedSha256(),
						piece.chunkSize(), piece.salt(), origin(piece));
			}).toList();
			var references = IntStream.range(0, view.references().size()).mapToObj(index -> {
				var reference = view.references().get(index);
				return new SealedDeposit.Reference(index, reference.type(), reference.title(), reference.validUntil(),
						reference.sourceConsultation(), reference.sourceDeposit(), reference.sourcePosition(),
						reference.sourceNumber(), reference.fileName(), reference.mediaType());
			}).toList();
			return new SealedDeposit(view.id().value(), view.number(), company == null ? "?" : company.name(),
					view.receivedAt(), view.late(), view.openingKey(), one.wrappedKey(), pieces, references);
		}).toList();
	}

	private static SealedDeposit.Origin origin(DepositView.Piece piece) {
		if (piece.vault() != null) {
			return new SealedDeposit.Origin(SealedDeposit.Origin.Kind.VAULT, piece.vault().type(), piece.vault().title());
		}
		if (piece.espd() != null) {
			return new SealedDeposit.Origin(SealedDeposit.Origin.Kind.ESPD_RESPONSE, piece.espd().form(), null);
		}
		return null;
	}

	private record Found(DepositView view, String wrappedKey) {
	}
}
