package fr.openmarches.award;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.award.AnalysisRefusedException.Reason;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.SafeFileNames;
import fr.openmarches.signature.PieceVerdict.Indication;
import fr.openmarches.signature.SignatureVerifier;

/**
 * The contract of an awarded lot, from the buyer to the holder and back (docs/award.md, « Le marché »):
 * the buyer sends the PDF to sign (a {@link MessageKind#CONTRACT} message and a mail to the holder's
 * members); a member of the holder downloads it, signs it with its own tool and deposits the signed
 * file — a PAdES copy of the very PDF sent or a detached CAdES/XAdES signature of it, verified with EU
 * DSS: a signature of anything else, an invalid one or none is refused, an indeterminate one (e.g. a
 * chain the platform does not trust) is kept and shown as such; then the buyer records the contract
 * concluded — not before the holder signed, and never while the standstill runs (R2182-1, from the
 * rejection letters' sending). Until the holder signs, the buyer may replace the PDF.
 */
@Service
@Transactional
public class ContractSigning {

	/** The largest contract PDF, and the largest signed file: 20 MB. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Analysis analysis;

	private final BuyerConsultations buyers;

	private final LotContracts records;

	private final CompanyMessages companyMessages;

	private final Letters letters;

	private final SignatureVerifier verifier;

	private final Clock clock;

	ContractSigning(Analysis analysis, BuyerConsultations buyers, LotContracts records, CompanyMessages companyMessages,
			Letters letters, SignatureVerifier verifier, Clock clock) {
		this.analysis = analysis;
		this.buyers = buyers;
		this.records = records;
		this.companyMessages = companyMessages;
		this.letters = letters;
		this.verifier = verifier;
		this.clock = clock;
	}

	/**
	 * Sends the contract of an awarded lot to its holder, or replaces the one sent while unsigned.
	 * @throws AnalysisRefusedException when the lot is not awarded, the file no PDF or too large, or
	 *         the holder signed already
	 */
	public Contract send(AccountId buyer, ConsultationId id, int lot, String fileName, byte[] pdf) {
		var decision = analysis.lot(buyer, id, lot).decision();
		if (decision == null || !decision.awarded()) {
			throw new AnalysisRefusedException(Reason.NOT_AWARDED);
		}
		if (pdf == null || pdf.length > MAX_BYTES || !isPdf(pdf)) {
			throw new AnalysisRefusedException(Reason.NOT_A_PDF, MAX_BYTES / (1024 * 1024));
		}
		if (records.find(id, lot).filter(Contract::signed).isPresent()) {
			throw new AnalysisRefusedException(Reason.CONTRACT_SIGNED);
		}
		var name = SafeFileNames.of(fileName, "marche.pdf");
		var consultation = buyers.find(buyer, id).orElseThrow(() -> new NoSuchConsultationException(id));
		var now = clock.instant();
		var message = letters.contract(consultation, decision, name, buyer, now);
		records.send(id, lot, decision.company(), message.id(), name, pdf, sha256(pdf), buyer, now);
		return records.find(id, lot).orElseThrow();
	}

	/** The contract of a lot, for the consultation's buyers. */
	@Transactional(readOnly = true)
	public Contract of(AccountId buyer, ConsultationId id, int lot) {
		analysis.lot(buyer, id, lot);
		return records.find(id, lot).orElseThrow(() -> new AnalysisRefusedException(Reason.NO_CONTRACT));
	}

	/** The PDF sent, for the consultation's buyers. */
	@Transactional(readOnly = true)
	public byte[] document(AccountId buyer, ConsultationId id, int lot) {
		of(buyer, id, lot);
		return records.document(id, lot);
	}

	/** The file the holder signed, for the consultation's buyers. */
	@Transactional(readOnly = true)
	public byte[] signedDocument(AccountId buyer, ConsultationId id, int lot) {
		of(buyer, id, lot);
		return records.signedDocument(id, lot).orElseThrow(() -> new AnalysisRefusedException(Reason.NOT_SIGNED_BY_HOLDER));
	}

	/** EU DSS's simple report on the holder's signature, for the consultation's buyers. */
	@Transactional(readOnly = true)
	public byte[] signatureReport(AccountId buyer, ConsultationId id, int lot) {
		of(buyer, id, lot);
		return records.signatureReport(id, lot).orElseThrow(() -> new AnalysisRefusedException(Reason.NOT_SIGNED_BY_HOLDER));
	}

	/**
	 * Records the contract signed by the buyer's side: once, after the holder signed and the standstill
	 * is over.
	 */
	public Contract conclude(AccountId buyer, ConsultationId id, int lot) {
		var contract = of(buyer, id, lot);
		if (contract.concluded()) {
			throw new AnalysisRefusedException(Reason.ALREADY_CONCLUDED);
		}
		if (!contract.signed()) {
			throw new AnalysisRefusedException(Reason.NOT_SIGNED_BY_HOLDER);
		}
		if (!contract.standstillOver(today())) {
			throw new AnalysisRefusedException(Reason.STANDSTILL_RUNNING, DAY.format(contract.standstillEndsOn().plusDays(1)));
		}
		if (!records.conclude(id, lot, buyer, clock.instant())) {
			throw new AnalysisRefusedException(Reason.ALREADY_CONCLUDED);
		}
		return records.find(id, lot).orElseThrow();
	}

	/**
	 * The contract a message of the member's company announces; reading it opens the message.
	 * @throws NoSuchElementException when the message is not the company's or announces no contract
	 */
	public Contract forHolder(AccountId member, UUID message) {
		companyMessages.open(member, message);
		return records.byMessage(message).orElseThrow(() -> new NoSuchElementException("No contract with message " + message));
	}

	/** The PDF to sign, for the holder's members. */
	public byte[] documentForHolder(AccountId member, UUID message) {
		var contract = forHolder(member, message);
		return records.document(contract.consultation(), contract.lot());
	}

	/**
	 * Deposits the holder's signed contract, verified with EU DSS.
	 * @throws AnalysisRefusedException when it is signed already, the file signs something else than the
	 *         PDF sent, or its signature is invalid, of a format the arrêté does not accept, or absent
	 */
	public Contract sign(AccountId member, UUID message, String fileName, byte[] signed) {
		var contract = forHolder(member, message);
		if (contract.signed()) {
			throw new AnalysisRefusedException(Reason.CONTRACT_SIGNED);
		}
		if (signed == null || signed.length == 0 || signed.length > MAX_BYTES) {
			throw new AnalysisRefusedException(Reason.NOT_THE_CONTRACT);
		}
		var original = records.document(contract.consultation(), contract.lot());
		var name = SafeFileNames.of(fileName, contract.fileName() + (isPdf(signed) ? "" : ".p7s"));
		if (!verifier.signsExactly(signed, name, original, contract.fileName())) {
			throw new AnalysisRefusedException(Reason.NOT_THE_CONTRACT);
		}
		var verdict = isPdf(signed) ? verifier.verify(signed, name) : verifier.verify(signed, name, original, contract.fileName());
		if (verdict.signers().isEmpty() || verdict.indication() == Indication.INVALID
				|| verdict.indication() == Indication.UNSUPPORTED) {
			throw new AnalysisRefusedException(Reason.SIGNATURE_REFUSED, verdict.indication());
		}
		if (!records.sign(contract.consultation(), contract.lot(), name, signed, verdict, member, clock.instant())) {
			throw new AnalysisRefusedException(Reason.CONTRACT_SIGNED);
		}
		return records.find(contract.consultation(), contract.lot()).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
	}

	static boolean isPdf(byte[] bytes) {
		return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
