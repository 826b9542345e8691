package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;

/**
 * The register of deposits (registre des dépôts) of a consultation, as its buyers see it before
 * opening: who deposited, when, how much, late or not, replaced or not — never content, never a
 * file name. Callers check that the reader acts for the consultation.
 */
@Service
public class DepositRegister {

	private final Deposits deposits;

	private final CompanyService companies;

	private final AccountService accounts;

	private final TransactionTemplate transactions;

	DepositRegister(Deposits deposits, CompanyService companies, AccountService accounts,
			TransactionTemplate transactions) {
		this.deposits = deposits;
		this.companies = companies;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	/** Every deposit of the consultation, in the order received. */
	public List<Entry> of(ConsultationId consultation) {
		var views = transactions.execute(status -> deposits.findByConsultationIdOrderByReceivedAt(consultation.value())
			.stream()
			.map(Deposit::view)
			.toList());
		var people = accounts.findAll(views.stream().map(DepositView::depositor).distinct().toList());
		var firms = views.stream()
			.map(DepositView::company)
			.distinct()
			.map(companies::find)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(CompanyView::id, Function.identity()));
		return views.stream().map(view -> entry(view, firms.get(view.company()), people.get(view.depositor()))).toList();
	}

	private static Entry entry(DepositView view, CompanyView company, AccountView person) {
		return new Entry(view.id(), view.number(), view.company(), company == null ? "?" : company.name(),
				company == null ? null : company.headOffice().map(e -> e.siret().formatted()).orElse(company.nationalId()),
				view.depositor(), person == null ? "?" : person.displayName(), view.receivedAt(), view.status(),
				view.test(), view.lots(), view.pieces().size(), view.sealedSize(), view.backupCopy(),
				!view.consortium().isEmpty(), view.timestampPending());
	}

	/**
	 * One line of the register.
	 *
	 * @param sealedSize bytes stored, sealed
	 * @param consortium whether the company deposited for a groupement
	 * @param timestampPending received while the timestamp authority was down, its timestamp still to come
	 */
	public record Entry(DepositId deposit, String number, CompanyId company, String companyName, String siret,
			AccountId depositor, String depositorName, Instant receivedAt, DepositStatus status, boolean test,
			List<Integer> lots, int pieceCount, long sealedSize, BackupCopy backupCopy, boolean consortium,
			boolean timestampPending) {
	}
}
