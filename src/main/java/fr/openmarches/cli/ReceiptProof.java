package fr.openmarches.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import fr.openmarches.sealing.CertificateChains;

/**
 * {@code verifier-recu}: proves on this machine, from the public evidence API only, that a
 * receipt's deposit is in the evidence log and its timestamp valid (docs/evidence.md, « Verifying,
 * independently »). It recomputes every entry hash and link from the deposit's entry to the
 * timestamped daily head covering it, checks the head's and the deposit's RFC 3161 tokens against
 * the trust anchors given on the command line, and matches the deposit's entry with the receipt.
 * Nothing here trusts the platform's word: its own verification endpoint is never called, and the
 * hash format is implemented here from the documentation, not borrowed from the server's code.
 */
final class ReceiptProof {

	/** The keys of the receipt PDF's document information (docs/receipts.md). */
	static final String DEPOSIT_KEY = "OpenMarchesDepositId";

	static final String MANIFEST_KEY = "OpenMarchesManifestSha256";

	static final String SEQUENCE_KEY = "OpenMarchesEvidenceSequence";

	private static final HexFormat HEX = HexFormat.of();

	private static final int PAGE = 1000;

	/** What a receipt says: the deposit, its manifest's SHA-256, its entry in the log. */
	record Receipt(UUID deposit, byte[] manifestSha256, long sequence) {
	}

	/** A line of the report: a check that held. */
	interface Report {

		void passed(String key, Object... arguments);

		/** A message in the user's language, for the detail of a failure. */
		String say(String key, Object... arguments);
	}

	private record Entry(long sequence, Instant recordedAt, String kind, UUID subject, String statement, byte[] payload,
			byte[] token, byte[] previous, byte[] hash) {
	}

	private record Head(String day, long sequence, byte[] hash, byte[] token) {
	}

	/** What a token stamps, once checked. */
	record Stamp(Instant time, String authority) {
	}

	private final Api api;

	private final List<X509Certificate> anchors;

	private final Report report;

	ReceiptProof(Api api, List<X509Certificate> anchors, Report report) {
		this.api = api;
		this.anchors = anchors;
		this.report = report;
	}

	/** Reads the receipt's data from its PDF's document information. */
	static Receipt fromPdf(Path pdf) throws Problem {
		String deposit;
		String manifest;
		String sequence;
		try (var document = Loader.loadPDF(pdf.toFile())) {
			var information = document.getDocumentInformation();
			deposit = information.getCustomMetadataValue(DEPOSIT_KEY);
			manifest = information.getCustomMetadataValue(MANIFEST_KEY);
			sequence = information.getCustomMetadataValue(SEQUENCE_KEY);
		}
		catch (IOException e) {
			throw new Problem(Problem.USAGE, "error.receipt-pdf", pdf, e.getMessage());
		}
		if (deposit == null || manifest == null || sequence == null) {
			throw new Problem(Problem.USAGE, "error.receipt-pdf", pdf, DEPOSIT_KEY + ", " + MANIFEST_KEY + ", " + SEQUENCE_KEY);
		}
		return receipt(deposit, manifest, sequence);
	}

	/** The receipt's data as given on the command line (or read from the PDF). */
	static Receipt receipt(String deposit, String manifest, String sequence) throws Problem {
		try {
			var hash = HEX.parseHex(manifest.strip().toLowerCase(java.util.Locale.ROOT));
			if (hash.length != 32) {
				throw new IllegalArgumentException("32 bytes");
			}
			long number = Long.parseLong(sequence.strip());
			if (number < 1) {
				throw new NumberFormatException();
			}
			return new Receipt(UUID.fromString(deposit.strip()), hash, number);
		}
		catch (IllegalArgumentException e) {
			throw new Problem(Problem.USAGE, "error.receipt-data", deposit, manifest, sequence);
		}
	}

	/** The certificates of PEM (or DER) files: the authorities whose tokens are trusted. */
	static List<X509Certificate> anchors(List<Path> files) throws Problem {
		var anchors = new ArrayList<X509Certificate>();
		for (var file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
					anchors.add((X509Certificate) certificate);
				}
			}
			catch (IOException | CertificateException e) {
				throw new Problem(Problem.USAGE, "error.trust-file", file, e.getMessage());
			}
		}
		if (anchors.isEmpty()) {
			throw new Problem(Problem.USAGE, "error.no-trust");
		}
		return anchors;
	}

	/** Runs every check, reporting each one that holds; the first that fails stops it as a problem. */
	void verify(Receipt receipt) throws Problem, Api.Failure {
		var heads = heads();
		var entries = new ArrayList<Entry>();
		Head covering = null;
		Entry timestamped = null;
		long next = receipt.sequence();
		for (var head : heads) {
			if (head.sequence() < next) {
				continue;
			}
			covering = head;
			fetch(entries, next, head.sequence());
			next = head.sequence() + 1;
			var deposit = entries.get(0);
			if (deposit.token().length > 0) {
				break;
			}
			timestamped = entries.stream()
				.filter(e -> e.kind().equals("DEPOSIT_TIMESTAMPED") && e.subject().equals(deposit.subject())
						&& MessageDigest.isEqual(e.payload(), deposit.payload()))
				.findFirst()
				.orElse(null);
			if (timestamped != null) {
				break;
			}
		}
		if (covering == null) {
			throw new Problem(Problem.PENDING, "verify.pending", receipt.sequence());
		}

		// (1) the chain, recomputed from the deposit's entry to the head
		Entry before = null;
		for (var entry : entries) {
			long expected = before == null ? receipt.sequence() : before.sequence() + 1;
			if (entry.sequence() != expected) {
				throw new Problem(Problem.UNPROVEN, "verify.fail.sequence", expected, entry.sequence());
			}
			if (before != null && !MessageDigest.isEqual(entry.previous(), before.hash())) {
				throw new Problem(Problem.UNPROVEN, "verify.fail.link", entry.sequence(), before.sequence());
			}
			if (entry.statement() != null
					&& !MessageDigest.isEqual(sha256(entry.statement().getBytes(StandardCharsets.UTF_8)), entry.payload())) {
				throw new Problem(Problem.UNPROVEN, "verify.fail.statement", entry.sequence());
			}
			if (!MessageDigest.isEqual(entryHash(entry), entry.hash())) {
				throw new Problem(Problem.UNPROVEN, "verify.fail.entry-hash", entry.sequence());
			}
			before = entry;
		}
		report.passed("verify.chain", receipt.sequence(), covering.sequence(), entries.size());

		// (2) the head covering it, and its token
		if (before.sequence() != covering.sequence() || !MessageDigest.isEqual(before.hash(), covering.hash())) {
			throw new Problem(Problem.UNPROVEN, "verify.fail.head", covering.day(), covering.sequence());
		}
		report.passed("verify.head", covering.day(), covering.sequence(), HEX.formatHex(covering.hash()));
		var headStamp = stamp(covering.token(), covering.hash(), "verify.fail.head-token");
		report.passed("verify.head-token", headStamp.authority(), headStamp.time());

		// (3) the deposit's entry is the receipt's, and its own token stamps the manifest's hash
		var deposit = entries.get(0);
		if (!deposit.kind().equals("DEPOSIT_RECEIVED") || !deposit.subject().equals(receipt.deposit())
				|| !MessageDigest.isEqual(deposit.payload(), receipt.manifestSha256())) {
			throw new Problem(Problem.UNPROVEN, "verify.fail.deposit", deposit.sequence(), deposit.kind(), deposit.subject(),
					HEX.formatHex(deposit.payload()));
		}
		report.passed("verify.deposit", deposit.sequence(), receipt.deposit(), HEX.formatHex(receipt.manifestSha256()));
		var stamped = deposit.token().length > 0 ? deposit : timestamped;
		if (stamped == null) {
			throw new Problem(Problem.PENDING, "verify.deposit-pending", deposit.sequence());
		}
		var depositStamp = stamp(stamped.token(), receipt.manifestSha256(), "verify.fail.deposit-token");
		report.passed("verify.deposit-token", depositStamp.time(), depositStamp.authority(), stamped.sequence());
	}

	private List<Head> heads() throws Api.Failure, Problem {
		var heads = new ArrayList<Head>();
		try {
			for (var item : Json.array(api.get("/api/v1/evidence/heads"))) {
				var h = (Map<?, ?>) item;
				heads.add(new Head((String) h.get("day"), ((BigDecimal) h.get("sequence")).longValueExact(),
						HEX.parseHex((String) h.get("entryHash")), Base64.getDecoder().decode((String) h.get("timestampToken"))));
			}
		}
		catch (RuntimeException e) {
			throw new Problem(Problem.UNPROVEN, "verify.fail.answer", "/api/v1/evidence/heads", e.getMessage());
		}
		heads.sort(Comparator.comparingLong(Head::sequence));
		return heads;
	}

	private void fetch(List<Entry> entries, long from, long to) throws Api.Failure, Problem {
		for (long start = from; start <= to; start += PAGE) {
			long end = Math.min(to, start + PAGE - 1);
			var path = "/api/v1/evidence/entries?from=" + start + "&to=" + end;
			try {
				for (var item : Json.array(api.get(path))) {
					var e = (Map<?, ?>) item;
					var token = (String) e.get("timestampToken");
					entries.add(new Entry(((BigDecimal) e.get("sequence")).longValueExact(),
							Instant.parse((String) e.get("recordedAt")), (String) e.get("kind"),
							UUID.fromString((String) e.get("subjectId")), (String) e.get("statement"),
							HEX.parseHex((String) e.get("payloadSha256")),
							token == null ? new byte[0] : Base64.getDecoder().decode(token),
							HEX.parseHex((String) e.get("previousHash")), HEX.parseHex((String) e.get("entryHash"))));
				}
			}
			catch (RuntimeException e) {
				throw new Problem(Problem.UNPROVEN, "verify.fail.answer", path, e.getMessage());
			}
		}
		if (entries.isEmpty()) {
			throw new Problem(Problem.UNPROVEN, "verify.fail.sequence", from, "—");
		}
	}

	/**
	 * The entry hash as docs/evidence.md defines it: SHA-256 of the previous hash, the format
	 * version 1, the sequence and the time in microseconds (8 bytes each, big-endian), the kind
	 * (2-byte length, US-ASCII), the subject (16 bytes), the payload hash and the token (4-byte
	 * length, DER).
	 */
	static byte[] entryHash(byte[] previous, long sequence, Instant recordedAt, String kind, UUID subject, byte[] payload,
			byte[] token) {
		var bytes = new ByteArrayOutputStream(160 + token.length);
		try (var out = new DataOutputStream(bytes)) {
			out.write(previous);
			out.writeByte(1);
			out.writeLong(sequence);
			out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt));
			var name = kind.getBytes(StandardCharsets.US_ASCII);
			out.writeShort(name.length);
			out.write(name);
			out.writeLong(subject.getMostSignificantBits());
			out.writeLong(subject.getLeastSignificantBits());
			out.write(payload);
			out.writeInt(token.length);
			out.write(token);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return sha256(bytes.toByteArray());
	}

	private static byte[] entryHash(Entry e) {
		return entryHash(e.previous(), e.sequence(), e.recordedAt(), e.kind(), e.subject(), e.payload(), e.token());
	}

	/**
	 * An RFC 3161 token checked with BouncyCastle: it stamps {@code sha256} (SHA-256 imprint), its
	 * signature and signer certificate verify (ESSCertID, timeStamping usage, validity at the stamped
	 * time), and that certificate is an anchor or chains to one through the certificates it carries.
	 */
	private Stamp stamp(byte[] der, byte[] sha256, String failure) throws Problem {
		TimeStampToken token;
		try {
			token = new TimeStampToken(new CMSSignedData(der));
		}
		catch (Exception e) {
			throw new Problem(Problem.UNPROVEN, failure, report.say("token.malformed", e.getMessage()));
		}
		var info = token.getTimeStampInfo();
		if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
				|| !MessageDigest.isEqual(info.getMessageImprintDigest(), sha256)) {
			throw new Problem(Problem.UNPROVEN, failure, report.say("token.imprint", HEX.formatHex(info.getMessageImprintDigest())));
		}
		Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
		if (signers.isEmpty()) {
			throw new Problem(Problem.UNPROVEN, failure, report.say("token.no-signer", ""));
		}
		var signer = signers.iterator().next();
		try {
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
		}
		catch (Exception e) {
			throw new Problem(Problem.UNPROVEN, failure, report.say("token.signature", e.getMessage()));
		}
		Collection<X509CertificateHolder> carried = token.getCertificates().getMatches(null);
		if (!trusted(signer, carried)) {
			throw new Problem(Problem.UNPROVEN, failure, report.say("token.untrusted", signer.getSubject()));
		}
		return new Stamp(info.getGenTime().toInstant(), signer.getSubject().toString());
	}

	private boolean trusted(X509CertificateHolder signer, Collection<X509CertificateHolder> carried) {
		var converter = new JcaX509CertificateConverter();
		try {
			var certificates = new ArrayList<X509Certificate>();
			for (var holder : carried) {
				certificates.add(converter.getCertificate(holder));
			}
			return CertificateChains.reachesAnchor(converter.getCertificate(signer), certificates, anchors);
		}
		catch (CertificateException e) {
			return false;
		}
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
