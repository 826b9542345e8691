package fr.openmarches.signature;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;

/**
 * Reads DSS's validation of a PDF (default ETSI EN 319 102-1 policy) into a {@link SealCheck}.
 * On top of DSS, a seal must cover the whole file: bytes appended after signing (an incremental
 * update) would show in a reader while the signature still verifies.
 */
final class SealValidation {

	private final CertificateVerifier verifier;

	private final Clock clock;

	SealValidation(CertificateVerifier verifier, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
	}

	SealCheck check(byte[] pdf) {
		PDFDocumentValidator validator;
		try {
			validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf"));
		}
		catch (RuntimeException e) {
			return SealCheck.notSigned("This is not a PDF document.");
		}
		validator.setCertificateVerifier(verifier);
		validator.setValidationTime(Date.from(clock.instant()));
		var reports = validator.validateDocument();
		var simple = reports.getSimpleReport();
		var id = simple.getFirstSignatureId();
		if (id == null) {
			return SealCheck.notSigned("The document is not signed.");
		}
		var signature = reports.getDiagnosticData().getSignatureById(id);
		var intact = signature.isSignatureIntact() && signature.isSignatureValid();
		var passed = simple.getIndication(id) == Indication.TOTAL_PASSED;
		var wholeFile = coversWholeFile(signature, pdf.length);
		var signer = signature.getSigningCertificate() == null ? simple.getSignedBy(id)
				: signature.getSigningCertificate().getCertificateDN();
		var problem = passed && wholeFile ? null : problem(simple, id, intact, wholeFile);
		return new SealCheck(true, intact, passed && wholeFile, signer, instant(signature.getClaimedSigningTime()),
				timestampTime(signature), problem);
	}

	private static boolean coversWholeFile(SignatureWrapper signature, int length) {
		var revision = signature.getPDFRevision();
		List<BigInteger> range = revision == null ? List.of() : revision.getSignatureByteRange();
		return range.size() == 4 && range.get(2).add(range.get(3)).equals(BigInteger.valueOf(length));
	}

	/** The time of the first signature timestamp that is intact and signed by a trusted authority. */
	private static Instant timestampTime(SignatureWrapper signature) {
		return signature.getSignatureTimestamps()
			.stream()
			.filter(TimestampWrapper::isMessageImprintDataIntact)
			.filter(timestamp -> timestamp.isSignatureIntact() && timestamp.isSignatureValid())
			.filter(timestamp -> timestamp.isTrustedChain())
			.map(timestamp -> timestamp.getProductionTime().toInstant())
			.findFirst()
			.orElse(null);
	}

	private static String problem(SimpleReport simple, String id, boolean intact, boolean wholeFile) {
		if (!intact) {
			return "The signed content was changed after signing: the signature does not match it.";
		}
		if (!wholeFile) {
			return "Content was added to the document after it was signed.";
		}
		var errors = simple.getAdESValidationErrors(id).stream().map(Message::getValue).collect(Collectors.joining(" "));
		var indication = simple.getIndication(id) + (simple.getSubIndication(id) == null ? ""
				: " (" + simple.getSubIndication(id) + ")");
		return "The signature is not valid: " + indication + (errors.isBlank() ? "." : ": " + errors);
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
