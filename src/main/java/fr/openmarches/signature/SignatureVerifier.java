package fr.openmarches.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureForm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignatureQualification;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.CompositeRevocationSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

import fr.openmarches.signature.PieceVerdict.Check;
import fr.openmarches.signature.PieceVerdict.Indication;
import fr.openmarches.signature.PieceVerdict.Requirement;
import fr.openmarches.signature.PieceVerdict.SignerVerdict;

/**
 * Verifies suppliers' signed pieces with EU DSS (default ETSI EN 319 102-1 policy) and reads the
 * result as the five checks of the arrêté du 22 mars 2019: signer identity, certificate category,
 * format (XAdES, CAdES, PAdES only), certificate neither expired nor revoked at signing time,
 * integrity. Trust comes from the configured folder only; revocation from its CRL files and, when
 * online, from the CRL and OCSP addresses the certificates give.
 */
@Service
public class SignatureVerifier {

	/** Detached signature files beside a piece {@code X}: {@code X.p7s}, {@code X.xades.xml}… */
	static final List<String> DETACHED_SUFFIXES = List.of(".p7s", ".p7m", ".sig", ".xades.xml", ".xml");

	private static final Set<String> CERTIFICATES = Set.of("pem", "crt", "cer", "der");

	private final CommonCertificateVerifier verifier;

	private final Clock clock;

	SignatureVerifier(VerificationProperties properties, Clock clock) {
		this.clock = clock;
		this.verifier = certificateVerifier(properties);
	}

	/** Verifies an enveloping or enveloped signature (e.g. a PAdES PDF). */
	public PieceVerdict verify(byte[] signed, String name) {
		return verify(new InMemoryDocument(signed, name), null);
	}

	/**
	 * Verifies {@code signed}; {@code original} is the signed piece when the signature is detached
	 * (a {@code .p7s} or an XAdES file beside it), else null.
	 */
	public PieceVerdict verify(byte[] signed, String signedName, byte[] original, String originalName) {
		return verify(new InMemoryDocument(signed, signedName),
				original == null ? null : new InMemoryDocument(original, originalName));
	}

	/**
	 * Verifies {@code signed}, a file of any size kept on disk, under the name its depositor gave it
	 * (an XAdES detached signature refers to the signed piece by name); {@code original} is the signed
	 * piece when the signature is detached, else null.
	 */
	public PieceVerdict verify(Path signed, String signedName, Path original, String originalName) {
		return verify(named(signed, signedName), original == null ? null : named(original, originalName));
	}

	private static DSSDocument named(Path file, String name) {
		var document = new FileDocument(file.toFile());
		document.setName(name);
		return document;
	}

	/**
	 * Verifies a piece on disk: its detached signature beside it when there is one
	 * ({@code X.pdf.p7s}, {@code X.pdf.xades.xml}…), else the piece itself (e.g. a PAdES PDF).
	 */
	public PieceVerdict verifyPiece(Path piece) {
		for (var suffix : DETACHED_SUFFIXES) {
			var detached = piece.resolveSibling(piece.getFileName() + suffix);
			if (Files.isRegularFile(detached)) {
				return verify(new FileDocument(detached.toFile()), new FileDocument(piece.toFile()));
			}
		}
		return verify(new FileDocument(piece.toFile()), null);
	}

	/**
	 * Whether every signature in {@code signed} signs exactly {@code original}, byte for byte: for a PAdES
	 * PDF, the revision its signature covers is the original PDF (nothing added or changed before
	 * signing); for a detached CAdES or XAdES signature, the original itself. Says nothing of validity:
	 * {@link #verify} does.
	 */
	public boolean signsExactly(byte[] signed, String signedName, byte[] original, String originalName) {
		SignedDocumentValidator validator;
		try {
			validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed, signedName));
		}
		catch (RuntimeException e) {
			return false;
		}
		validator.setCertificateVerifier(verifier);
		var originalDocument = new InMemoryDocument(original, originalName);
		validator.setDetachedContents(List.of(originalDocument));
		var signatures = validator.getSignatures();
		var expected = originalDocument.getDigestValue(DigestAlgorithm.SHA256);
		return !signatures.isEmpty() && signatures.stream().map(validator::getOriginalDocuments).allMatch(documents ->
				documents.size() == 1 && Arrays.equals(documents.get(0).getDigestValue(DigestAlgorithm.SHA256), expected));
	}

	/** The piece a detached signature file signs ({@code X.pdf.p7s} → {@code X.pdf}), or null. */
	public static String signedPieceName(String signatureName) {
		return DETACHED_SUFFIXES.stream()
			.filter(suffix -> signatureName.length() > suffix.length() && signatureName.endsWith(suffix))
			.map(suffix -> signatureName.substring(0, signatureName.length() - suffix.length()))
			.findFirst()
			.orElse(null);
	}

	private PieceVerdict verify(DSSDocument signed, DSSDocument original) {
		SignedDocumentValidator validator;
		try {
			validator = SignedDocumentValidator.fromDocument(signed);
		}
		catch (RuntimeException e) {
			return PieceVerdict.unsupported(signed.getName());
		}
		validator.setCertificateVerifier(verifier);
		validator.setValidationTime(Date.from(clock.instant()));
		if (original != null) {
			validator.setDetachedContents(List.of(original));
		}
		var reports = validator.validateDocument();
		var simple = reports.getSimpleReport();
		if (simple.getSignatureIdList().isEmpty()) {
			return PieceVerdict.unsupported(signed.getName());
		}
		var signers = new ArrayList<SignerVerdict>();
		var indication = Indication.VALID;
		for (var id : simple.getSignatureIdList()) {
			var signer = signer(simple, reports.getDiagnosticData().getSignatureById(id), id);
			signers.add(signer);
			indication = indication.worse(signer.indication());
		}
		return new PieceVerdict(signed.getName(), indication, List.copyOf(signers),
				reports.getXmlSimpleReport().getBytes(StandardCharsets.UTF_8),
				reports.getXmlDetailedReport().getBytes(StandardCharsets.UTF_8));
	}

	private SignerVerdict signer(SimpleReport simple, SignatureWrapper signature, String id) {
		var certificate = signature.getSigningCertificate();
		var level = signature.getSignatureFormat();
		var qualification = simple.getSignatureQualification(id);
		var qualified = qualification == SignatureQualification.QESIG || qualification == SignatureQualification.QESEAL
				|| qualification == SignatureQualification.ADESIG_QC
				|| qualification == SignatureQualification.ADESEAL_QC;
		var signingTime = signature.getClaimedSigningTime() == null ? null
				: signature.getClaimedSigningTime().toInstant();
		var adES = adES(level);
		var checks = List.of(identity(signature, certificate), category(qualified), format(adES),
				status(certificate, signingTime), integrity(signature));
		var indication = !adES ? Indication.UNSUPPORTED : switch (simple.getIndication(id)) {
			case TOTAL_PASSED, PASSED -> Indication.VALID;
			case TOTAL_FAILED, FAILED -> Indication.INVALID;
			default -> Indication.INDETERMINATE;
		};
		var sub = simple.getSubIndication(id);
		return new SignerVerdict(indication, sub == null ? null : sub.name(),
				certificate == null ? null : certificate.getCommonName(),
				certificate == null ? null : certificate.getOrganizationName(),
				certificate == null ? null : certificate.getCertificateIssuerDN(), qualified,
				level == null ? null : form(level), level == null ? null : level.toString(), signingTime, checks);
	}

	private static boolean adES(SignatureLevel level) {
		return level != null && Stream.of(SignatureForm.XAdES, SignatureForm.CAdES, SignatureForm.PAdES)
			.anyMatch(form -> form == level.getSignatureForm()) && !level.name().contains("NOT_ETSI");
	}

	private static String form(SignatureLevel level) {
		return level.name().contains("NOT_ETSI") ? level.toString() : level.getSignatureForm().name();
	}

	private static Check identity(SignatureWrapper signature, CertificateWrapper certificate) {
		if (certificate == null || !signature.isSigningCertificateIdentified()) {
			return new Check(Requirement.SIGNER_IDENTITY, false, "signature.check.identity.unknown");
		}
		if (!signature.isTrustedChain()) {
			return new Check(Requirement.SIGNER_IDENTITY, false, "signature.check.identity.untrusted");
		}
		return new Check(Requirement.SIGNER_IDENTITY, true, "signature.check.identity.passed");
	}

	private static Check category(boolean qualified) {
		return new Check(Requirement.CERTIFICATE_CATEGORY, qualified,
				qualified ? "signature.check.category.qualified" : "signature.check.category.not-qualified");
	}

	private static Check format(boolean adES) {
		return new Check(Requirement.FORMAT, adES,
				adES ? "signature.check.format.passed" : "signature.check.format.unsupported");
	}

	/** Within its validity and not revoked at the time the signer claims (else at validation). */
	private Check status(CertificateWrapper certificate, Instant signingTime) {
		if (certificate == null) {
			return new Check(Requirement.CERTIFICATE_STATUS, false, "signature.check.status.unknown");
		}
		var at = signingTime == null ? clock.instant() : signingTime;
		if (at.isAfter(certificate.getNotAfter().toInstant())) {
			return new Check(Requirement.CERTIFICATE_STATUS, false, "signature.check.status.expired");
		}
		if (at.isBefore(certificate.getNotBefore().toInstant())) {
			return new Check(Requirement.CERTIFICATE_STATUS, false, "signature.check.status.not-yet-valid");
		}
		if (certificate.isTrusted()) {
			return new Check(Requirement.CERTIFICATE_STATUS, true, "signature.check.status.passed");
		}
		var revocations = certificate.getCertificateRevocationData();
		if (revocations.isEmpty()) {
			return new Check(Requirement.CERTIFICATE_STATUS, false, "signature.check.status.no-revocation-data");
		}
		var revoked = revocations.stream()
			.filter(CertificateRevocationWrapper::isRevoked)
			.anyMatch(revocation -> revocation.getRevocationDate() == null
					|| !revocation.getRevocationDate().toInstant().isAfter(at));
		return revoked ? new Check(Requirement.CERTIFICATE_STATUS, false, "signature.check.status.revoked")
				: new Check(Requirement.CERTIFICATE_STATUS, true, "signature.check.status.passed");
	}

	private static Check integrity(SignatureWrapper signature) {
		var matchers = signature.getDigestMatchers();
		if (matchers.stream().anyMatch(matcher -> !matcher.isDataFound())) {
			return new Check(Requirement.INTEGRITY, false, "signature.check.integrity.content-missing");
		}
		var intact = signature.isSignatureIntact() && signature.isSignatureValid()
				&& matchers.stream().allMatch(matcher -> matcher.isDataIntact());
		return new Check(Requirement.INTEGRITY, intact,
				intact ? "signature.check.integrity.passed" : "signature.check.integrity.failed");
	}

	private static CommonCertificateVerifier certificateVerifier(VerificationProperties properties) {
		var verifier = new CommonCertificateVerifier();
		var trusted = new CommonTrustedCertificateSource();
		var crlFiles = new ArrayList<DSSDocument>();
		for (var file : folder(properties.trustFolder())) {
			var name = file.getFileName().toString().toLowerCase();
			var extension = name.substring(name.lastIndexOf('.') + 1);
			if (CERTIFICATES.contains(extension)) {
				TrustAnchors.read(file).forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
			}
			else if (extension.equals("crl")) {
				crlFiles.add(new FileDocument(file.toFile()));
			}
		}
		verifier.setTrustedCertSources(trusted);
		var crlSources = new LinkedHashMap<String, RevocationSource<CRL>>();
		if (!crlFiles.isEmpty()) {
			crlSources.put("trust-folder", crlFileSource(crlFiles));
		}
		if (properties.online()) {
			var loader = new CommonsDataLoader();
			var millis = (int) properties.timeout().toMillis();
			loader.setTimeoutConnection(millis);
			loader.setTimeoutConnectionRequest(millis);
			loader.setTimeoutResponse(millis);
			loader.setTimeoutSocket(millis);
			crlSources.put("online", new OnlineCRLSource(loader));
			var ocspLoader = new OCSPDataLoader();
			ocspLoader.setTimeoutConnection(millis);
			ocspLoader.setTimeoutConnectionRequest(millis);
			ocspLoader.setTimeoutResponse(millis);
			ocspLoader.setTimeoutSocket(millis);
			verifier.setOcspSource(new OnlineOCSPSource(ocspLoader));
			verifier.setAIASource(new DefaultAIASource(loader));
		}
		else {
			verifier.setOcspSource(null);
			verifier.setAIASource(null);
		}
		var composite = new CompositeRevocationSource<CRL>();
		composite.setSources(crlSources);
		verifier.setCrlSource(crlSources.isEmpty() ? null : composite);
		return verifier;
	}

	/** The most recent CRL of the folder that the certificate's issuer signed. */
	private static RevocationSource<CRL> crlFileSource(List<DSSDocument> files) {
		var source = new ExternalResourcesCRLSource(files.toArray(DSSDocument[]::new));
		return (certificate, issuer) -> source.getRevocationTokens(certificate, issuer)
			.stream()
			.max(java.util.Comparator.comparing(RevocationToken::getThisUpdate))
			.orElse(null);
	}

	private static List<Path> folder(Path folder) {
		if (folder == null) {
			return List.of();
		}
		try (var files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the signature trust folder " + folder, e);
		}
	}
}
