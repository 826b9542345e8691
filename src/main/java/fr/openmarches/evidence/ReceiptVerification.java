package fr.openmarches.evidence;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.evidence.Verification.Check;
import fr.openmarches.evidence.Verification.Outcome;
import fr.openmarches.evidence.Verification.Step;
import fr.openmarches.evidence.Verification.Verdict;
import fr.openmarches.signature.PdfSeals;
import fr.openmarches.signature.TimestampException;
import fr.openmarches.signature.Timestamps;

/**
 * Checks a deposit receipt against the evidence log: the deposit's entry is found, the chain is
 * recomputed from it to the next timestamped daily head, and that head's token is verified. The
 * same computation anyone can make from the open data (docs/evidence.md); this one is made by the
 * platform, for people without the tools.
 */
@Service
public class ReceiptVerification {

	/** The receipt's data, in the PDF's document information (written by the submission module). */
	public static final String DEPOSIT_KEY = "OpenMarchesDepositId";

	public static final String MANIFEST_KEY = "OpenMarchesManifestSha256";

	public static final String SEQUENCE_KEY = "OpenMarchesEvidenceSequence";

	private static final HexFormat HEX = HexFormat.of();

	private final Entries entries;

	private final EvidenceLog log;

	private final DailyHeads heads;

	private final Timestamps timestamps;

	private final PdfSeals seals;

	private final TransactionTemplate reading;

	ReceiptVerification(Entries entries, EvidenceLog log, DailyHeads heads, Timestamps timestamps, PdfSeals seals,
			PlatformTransactionManager transactions) {
		this.entries = entries;
		this.log = log;
		this.heads = heads;
		this.timestamps = timestamps;
		this.seals = seals;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Checks a receipt PDF: its seal, then the data it carries as {@link #verify(UUID, byte[], Long)}.
	 *
	 * @throws IllegalArgumentException when {@code pdf} is no PDF
	 */
	public Verification verifyPdf(byte[] pdf) {
		String deposit;
		String manifest;
		String sequence;
		try (var document = Loader.loadPDF(pdf)) {
			var information = document.getDocumentInformation();
			deposit = information.getCustomMetadataValue(DEPOSIT_KEY);
			manifest = information.getCustomMetadataValue(MANIFEST_KEY);
			sequence = information.getCustomMetadataValue(SEQUENCE_KEY);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("not a PDF", e);
		}
		var seal = seals.check(pdf);
		if (!seal.valid()) {
			return failed(List.of(), new Step(Check.RECEIPT_SEAL, Outcome.FAILED,
					"the receipt's seal does not hold: " + seal.problem(), List.of(String.valueOf(seal.problem()))));
		}
		if (deposit == null || manifest == null) {
			return failed(List.of(), new Step(Check.RECEIPT_SEAL, Outcome.FAILED,
					"the receipt is sealed but carries no deposit data: enter its deposit id and manifest hash",
					List.of()));
		}
		var sealStep = new Step(Check.RECEIPT_SEAL, Outcome.PASSED, "the receipt is sealed by " + seal.signer()
				+ " and unchanged since", List.of(seal.signer()));
		UUID depositId;
		byte[] manifestSha256;
		Long claimed;
		try {
			depositId = UUID.fromString(deposit);
			manifestSha256 = HEX.parseHex(manifest);
			claimed = sequence == null ? null : Long.valueOf(sequence);
		}
		catch (IllegalArgumentException e) {
			return failed(List.of(), new Step(Check.RECEIPT_SEAL, Outcome.FAILED,
					"the receipt's data cannot be read", List.of()));
		}
		var rest = verify(depositId, manifestSha256, claimed);
		var steps = new ArrayList<Step>();
		steps.add(sealStep);
		steps.addAll(rest.steps());
		return new Verification(rest.verdict(), steps, rest.entrySequence(), rest.head());
	}

	/**
	 * Checks that deposit {@code depositId}, whose manifest hashes to {@code manifestSha256}, is in
	 * the log (at {@code sequence}, when given) and covered by a timestamped daily head.
	 */
	public Verification verify(UUID depositId, byte[] manifestSha256, Long sequence) {
		return reading.execute(status -> {
			var steps = new ArrayList<Step>();
			var found = entries.about(depositId)
				.stream()
				.filter(row -> EvidenceKind.DEPOSIT_RECEIVED.name().equals(row.kind()))
				.filter(row -> MessageDigest.isEqual(row.payloadSha256(), manifestSha256))
				.filter(row -> sequence == null || row.sequence() == sequence)
				.findFirst();
			if (found.isEmpty()) {
				return failed(steps, new Step(Check.ENTRY_FOUND, Outcome.FAILED, "no entry of the log records deposit "
						+ depositId + " with manifest hash " + HEX.formatHex(manifestSha256)
						+ (sequence == null ? "" : " at entry " + sequence), List.of(depositId.toString())));
			}
			var entry = found.get();
			steps.add(new Step(Check.ENTRY_FOUND, Outcome.PASSED, "entry " + entry.sequence() + " records the deposit",
					List.of(Long.toString(entry.sequence()))));
			// received while the authority was down: the token came later, in its own entry
			var stamped = entry.token().length > 0 ? Optional.of(entry) : entries.about(depositId)
				.stream()
				.filter(row -> EvidenceKind.DEPOSIT_TIMESTAMPED.name().equals(row.kind()))
				.filter(row -> MessageDigest.isEqual(row.payloadSha256(), manifestSha256))
				.findFirst();
			var timestampPending = stamped.isEmpty();
			if (timestampPending) {
				steps.add(new Step(Check.ENTRY_TIMESTAMP, Outcome.PENDING, "the deposit was received while the "
						+ "timestamp authority was down: its timestamp is pending", List.of()));
			}
			else try {
				var token = timestamps.verify(stamped.get().token(), manifestSha256);
				steps.add(new Step(Check.ENTRY_TIMESTAMP, Outcome.PASSED, "the timestamp of entry "
						+ stamped.get().sequence() + ", " + token.time() + " by " + token.authority()
						+ ", stamps the manifest hash", List.of(token.time().toString(), token.authority())));
			}
			catch (TimestampException | IllegalArgumentException e) {
				return failed(steps, new Step(Check.ENTRY_TIMESTAMP, Outcome.FAILED,
						"the entry's timestamp does not hold: " + e.getMessage(), List.of(String.valueOf(e.getMessage()))));
			}
			var head = heads.covering(entry.sequence());
			var to = head.map(DailyHead::sequence).orElseGet(() -> log.head().sequence());
			var broken = chainBreak(entry, to);
			if (broken != null) {
				return failed(steps, broken);
			}
			if (head.isEmpty()) {
				steps.add(new Step(Check.CHAIN, Outcome.PASSED, "the chain recomputes from entry " + entry.sequence()
						+ " to entry " + to, List.of(Long.toString(entry.sequence()), Long.toString(to))));
				steps.add(new Step(Check.HEAD_TIMESTAMP, Outcome.PENDING, "no daily head covers entry "
						+ entry.sequence() + " yet; the next is taken at " + heads.nextAt(),
						List.of(heads.nextAt().toString())));
				return new Verification(Verdict.PENDING, steps, entry.sequence(), null);
			}
			var daily = head.get();
			var last = entries.find(daily.sequence()).orElseThrow();
			if (!MessageDigest.isEqual(last.entryHash(), daily.entryHash())) {
				return failed(steps, new Step(Check.CHAIN, Outcome.FAILED, "the chain recomputed to entry "
						+ daily.sequence() + " does not end at the head of " + daily.day() + ": the log was rewritten",
						List.of(Long.toString(daily.sequence()), daily.day().toString())));
			}
			steps.add(new Step(Check.CHAIN, Outcome.PASSED, "the chain recomputes from entry " + entry.sequence()
					+ " to the head of " + daily.day() + " (entry " + daily.sequence() + ")",
					List.of(Long.toString(entry.sequence()), Long.toString(daily.sequence()), daily.day().toString())));
			try {
				var token = timestamps.verify(daily.timestamp().der(), daily.entryHash());
				steps.add(new Step(Check.HEAD_TIMESTAMP, Outcome.PASSED, "the head's timestamp, " + token.time() + " by "
						+ token.authority() + ", is valid and stamps the head " + HEX.formatHex(daily.entryHash()),
						List.of(token.time().toString(), token.authority(), HEX.formatHex(daily.entryHash()))));
			}
			catch (TimestampException e) {
				return failed(steps, new Step(Check.HEAD_TIMESTAMP, Outcome.FAILED,
						"the head's timestamp does not hold: " + e.getMessage(), List.of(String.valueOf(e.getMessage()))));
			}
			return new Verification(timestampPending ? Verdict.PENDING : Verdict.VERIFIED, steps, entry.sequence(), daily);
		});
	}

	/**
	 * Recomputes each link from {@code entry} to entry {@code to}; the first that fails, or null. The
	 * tokens of the entries in between are hashed, not verified: they are other deposits' business,
	 * and verifying each made checking a receipt cost a signature check per entry since it (a
	 * thousand receipts of one deadline took minutes to verify before the night's head).
	 */
	private Step chainBreak(Entries.Row entry, long to) {
		var previous = entry.previousHash();
		var expected = entry.sequence();
		for (var row : entries.between(entry.sequence(), to)) {
			var problem = log.check(row, expected, previous, false);
			if (problem != null) {
				return new Step(Check.CHAIN, Outcome.FAILED, "the chain breaks at entry " + problem.sequence() + ": "
						+ problem.detail(), List.of(Long.toString(problem.sequence()), problem.problem().name()));
			}
			previous = row.entryHash();
			expected++;
		}
		if (expected <= to) {
			return new Step(Check.CHAIN, Outcome.FAILED, "the chain breaks at entry " + expected + ": it is missing",
					List.of(Long.toString(expected), ChainReport.Problem.MISSING.name()));
		}
		return null;
	}

	private static Verification failed(List<Step> before, Step failure) {
		var steps = new ArrayList<>(before);
		steps.add(failure);
		return new Verification(Verdict.FAILED, steps, null, null);
	}
}
