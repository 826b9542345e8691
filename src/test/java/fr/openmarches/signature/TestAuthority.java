package fr.openmarches.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.signature.DocumentSignatureService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * A certification authority of tests (EC P-256, BouncyCastle): it issues signers' certificates,
 * optionally pointing at a CRL address, and signs CRLs; its signers sign with EU DSS as a
 * supplier's signing tool would (PAdES, CAdES, XAdES baseline B).
 */
public final class TestAuthority {

	/** A signer: their key pair, their certificate, and the certificate that issued it. */
	public record Signer(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {

		/** A person with a self-signed certificate, which no authority vouches for. */
		public static Signer selfSigned(String subject, Instant from, Instant to) throws Exception {
			var own = TestAuthority.keys();
			var self = TestAuthority.certificate(subject, own, subject, own, from, to, false, null);
			return new Signer(own, self, self);
		}
	}

	private final String name;

	private final KeyPair keys;

	private final X509Certificate certificate;

	public TestAuthority(String name, Instant from, Instant to) throws Exception {
		this.name = name;
		this.keys = keys();
		this.certificate = certificate(name, keys, name, keys, from, to, true, null);
	}

	public X509Certificate certificate() {
		return certificate;
	}

	/** Its certificate, PEM encoded, as a trust folder takes it. */
	public String pem() throws GeneralSecurityException {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}

	/** A signer's certificate, valid from {@code from} to {@code to}, whose CRL is at {@code crlUrl} (or nowhere). */
	public Signer issue(String subject, Instant from, Instant to, String crlUrl) throws Exception {
		var signerKeys = keys();
		return new Signer(signerKeys, certificate(subject, signerKeys, name, keys, from, to, false, crlUrl), certificate);
	}

	/** A CRL issued a minute before {@code now}, valid until {@code nextUpdate}, revoking {@code revoked} at {@code revokedAt}. */
	public byte[] crl(Instant now, Instant nextUpdate, List<BigInteger> revoked, Instant revokedAt) throws Exception {
		var builder = new X509v2CRLBuilder(new X500Name(name), Date.from(now.minusSeconds(60)));
		builder.setNextUpdate(Date.from(nextUpdate));
		for (var serial : revoked) {
			builder.addCRLEntry(serial, Date.from(revokedAt), CRLReason.keyCompromise);
		}
		return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded();
	}

	/** {@code pdf} signed by {@code signer} in PAdES baseline B, signing time now. */
	public static byte[] padesSign(Signer signer, byte[] pdf) {
		var parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
		common(parameters, signer);
		return sign(new PAdESService(signingVerifier()), parameters, signer, new InMemoryDocument(pdf, "offre.pdf"));
	}

	/** Digest, signing certificate, chain and signing time, for any format. */
	public static void common(AbstractSignatureParameters<?> parameters, Signer signer) {
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(new CertificateToken(signer.certificate()));
		var chain = new ArrayList<CertificateToken>();
		chain.add(new CertificateToken(signer.certificate()));
		if (!signer.issuer().equals(signer.certificate())) {
			chain.add(new CertificateToken(signer.issuer()));
		}
		parameters.setCertificateChain(chain);
		parameters.bLevel().setSigningDate(new Date());
	}

	/** Signing checks nothing of the certificate (expired ones included): that is the verifier's job. */
	public static CommonCertificateVerifier signingVerifier() {
		var signing = new CommonCertificateVerifier();
		signing.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
		signing.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
		signing.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
		return signing;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static byte[] sign(DocumentSignatureService service, AbstractSignatureParameters parameters, Signer signer,
			DSSDocument document) {
		try {
			var toSign = service.getDataToSign(document, parameters);
			var jca = Signature.getInstance("SHA256withECDSA");
			jca.initSign(signer.keys().getPrivate());
			jca.update(toSign.getBytes());
			var signed = service.signDocument(document, parameters,
					new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, jca.sign()));
			var out = new ByteArrayOutputStream();
			((DSSDocument) signed).writeTo(out);
			return out.toByteArray();
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A one-page PDF. */
	public static byte[] pdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static KeyPair keys() throws GeneralSecurityException {
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
			Instant from, Instant to, boolean authority, String crlUrl) throws Exception {
		var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), new BigInteger(64, new SecureRandom()),
				Date.from(from), Date.from(to), new X500Name(subject), subjectKeys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign
				: KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		if (crlUrl != null) {
			var point = new DistributionPoint(new DistributionPointName(
					new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))), null, null);
			builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] { point }));
		}
		var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
		return new JcaX509CertificateConverter().getCertificate(holder);
	}
}
