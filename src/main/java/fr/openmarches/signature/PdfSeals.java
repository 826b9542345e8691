package fr.openmarches.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;

/**
 * The platform's seal on the PDFs it issues (deposit receipts): a PAdES-BASELINE-T signature by
 * the platform key, timestamped through {@link Timestamps}, that any PAdES validator (Adobe
 * Reader, EU DSS, {@code pdfsig}) checks against the platform certificate. PAdES rather than a
 * detached signature because the proof then travels inside the one file the supplier keeps.
 */
@Service
public class PdfSeals {

	private final PlatformKeys keys;

	private final Clock clock;

	private final PAdESService pades;

	private final SealValidation validation;

	PdfSeals(PlatformKeys keys, Timestamps timestamps, Clock clock) {
		this.keys = keys;
		this.clock = clock;
		// signing gets no trusted source: with its own certificate as a trust anchor DSS 6.4 no longer
		// identifies the signing certificate when it adds the timestamp (level T), and fails
		this.pades = new PAdESService(offline(new CommonCertificateVerifier()));
		this.pades.setTspSource(new TimestampsTspSource(timestamps));
		this.validation = new SealValidation(trusting(keys, timestamps), clock);
	}

	/**
	 * {@code pdf} signed PAdES-BASELINE-T by the platform: an invisible signature whose timestamp
	 * comes from the configured authority.
	 *
	 * @param reason why the platform signs, shown by PDF readers (e.g. « Accusé de réception »)
	 * @param location where, shown by PDF readers (e.g. the platform's address)
	 * @throws TimestampException when no timestamp could be had: nothing half-sealed is returned
	 * @throws IllegalArgumentException when {@code pdf} is no PDF
	 */
	public byte[] seal(byte[] pdf, String reason, String location) {
		return seal(pdf, SignatureLevel.PAdES_BASELINE_T, reason, location);
	}

	/**
	 * {@code pdf} signed PAdES-BASELINE-B by the platform, without a signature timestamp: for a
	 * document issued while the timestamp authority is down (a receipt whose timestamp is pending),
	 * whose time is then only the platform's claim until a timestamped one replaces it.
	 *
	 * @throws IllegalArgumentException when {@code pdf} is no PDF
	 */
	public byte[] sealWithoutTimestamp(byte[] pdf, String reason, String location) {
		return seal(pdf, SignatureLevel.PAdES_BASELINE_B, reason, location);
	}

	private byte[] seal(byte[] pdf, SignatureLevel level, String reason, String location) {
		var document = new InMemoryDocument(pdf, "document.pdf");
		var parameters = parameters(level, reason, location);
		try {
			var toSign = pades.getDataToSign(document, parameters);
			var value = new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, sign(toSign.getBytes()));
			return bytes(pades.signDocument(document, parameters, value));
		}
		catch (RuntimeException e) {
			throw timestampFailure(e).orElseThrow(() -> e instanceof IllegalArgumentException ? e
					: new IllegalArgumentException("Cannot seal this document: " + e.getMessage(), e));
		}
	}

	/**
	 * Checks the (first) signature of {@code pdf} offline, with the platform's certificates and the
	 * configured timestamp authority's anchor as the only trusted certificates.
	 */
	public SealCheck check(byte[] pdf) {
		return validation.check(pdf);
	}

	private PAdESSignatureParameters parameters(SignatureLevel level, String reason, String location) {
		var parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(level);
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(new CertificateToken(keys.platformCertificate()));
		parameters.setCertificateChain(List.of(new CertificateToken(keys.platformCertificate())));
		parameters.bLevel().setSigningDate(Date.from(clock.instant()));
		parameters.getSignatureTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setReason(reason);
		parameters.setLocation(location);
		parameters.setAppName("OpenMarchés");
		return parameters;
	}

	/** ECDSA with the JCA, DER-encoded as CMS wants it: the key never leaves {@link PlatformKeys}. */
	private byte[] sign(byte[] data) {
		try {
			var signature = Signature.getInstance(PlatformKeys.SIGNING_ALGORITHM);
			signature.initSign(keys.platformKey());
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The platform key cannot sign", e);
		}
	}

	/**
	 * Trusts the platform's two certificates (its own timestamps need no revocation data then) and
	 * the external authority's anchor.
	 */
	private static CommonCertificateVerifier trusting(PlatformKeys keys, Timestamps timestamps) {
		var trusted = new CommonTrustedCertificateSource();
		var anchors = new LinkedHashSet<X509Certificate>();
		anchors.add(keys.platformCertificate());
		anchors.add(keys.tsaCertificate());
		anchors.addAll(timestamps.trustAnchors());
		anchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
		var verifier = offline(new CommonCertificateVerifier());
		verifier.setTrustedCertSources(trusted);
		return verifier;
	}

	/** Nothing is fetched online: no AIA, CRL or OCSP source. */
	private static CommonCertificateVerifier offline(CommonCertificateVerifier verifier) {
		verifier.setAIASource(null);
		verifier.setCrlSource(null);
		verifier.setOcspSource(null);
		return verifier;
	}

	private static Optional<TimestampException> timestampFailure(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimestampException failure) {
				return Optional.of(failure);
			}
		}
		return Optional.empty();
	}

	private static byte[] bytes(DSSDocument document) {
		var out = new ByteArrayOutputStream();
		try {
			document.writeTo(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
