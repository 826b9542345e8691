package fr.openmarches.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's keys, kept in a PKCS#12 file created on first start: the platform key with its
 * self-signed certificate (the anchor of everything the platform signs), and the timestamp
 * authority's own key with a certificate issued by the platform certificate and carrying only the
 * critical {@code id-kp-timeStamping} extended key usage, as RFC 3161 §2.3 requires.
 *
 * @param platformKey signs the platform's documents (receipts)
 * @param platformCertificate self-signed, a CA for the timestamp authority's certificate
 * @param tsaKey signs timestamp tokens, nothing else
 * @param tsaCertificate issued by {@code platformCertificate}
 */
record PlatformKeys(PrivateKey platformKey, X509Certificate platformCertificate, PrivateKey tsaKey,
		X509Certificate tsaCertificate) {

	private static final Logger log = LoggerFactory.getLogger(PlatformKeys.class);

	static final String PLATFORM = "platform";

	static final String TSA = "tsa";

	static final String SIGNING_ALGORITHM = "SHA256withECDSA";

	private static final Duration VALIDITY = Duration.ofDays(3653);

	/** Reads the key store, creating it first when it does not exist. */
	static PlatformKeys loadOrCreate(Path file, char[] password, String name, Clock clock) {
		var path = file.toAbsolutePath();
		if (!Files.exists(path)) {
			var created = createIfAbsent(path, password, name, clock);
			log.info("Platform keys {} {}", created ? "created in" : "read from", path);
		}
		return load(path, password);
	}

	static PlatformKeys load(Path file, char[] password) {
		try (InputStream in = Files.newInputStream(file)) {
			var store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			return new PlatformKeys((PrivateKey) store.getKey(PLATFORM, password),
					(X509Certificate) store.getCertificate(PLATFORM), (PrivateKey) store.getKey(TSA, password),
					(X509Certificate) store.getCertificate(TSA));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the platform key store " + file, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot read the platform key store " + file, e);
		}
	}

	/**
	 * Writes a new key store unless one exists; true when it wrote it. The file appears whole or not
	 * at all (written aside, then hard-linked into place, which fails if another instance was first).
	 */
	static boolean createIfAbsent(Path file, char[] password, String name, Clock clock) {
		try {
			Files.createDirectories(file.getParent());
			var temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
			try {
				if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
					Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
				}
				try (var out = Files.newOutputStream(temporary)) {
					generate(password, name, clock).store(out, password);
				}
				Files.createLink(file, temporary);
				return true;
			}
			catch (FileAlreadyExistsException anotherInstanceWasFirst) {
				return false;
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the platform key store " + file, e);
		}
		catch (GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Cannot create the platform keys", e);
		}
	}

	private static KeyStore generate(char[] password, String name, Clock clock)
			throws GeneralSecurityException, OperatorCreationException, IOException {
		// valid from a day ago: instances whose clocks differ slightly still accept each other's tokens
		var notBefore = clock.instant().minus(Duration.ofDays(1));
		var notAfter = notBefore.plus(VALIDITY);
		var extensions = new JcaX509ExtensionUtils();

		var platform = newKeyPair();
		var platformName = name(name, "plateforme");
		var platformBuilder = new JcaX509v3CertificateBuilder(platformName, serial(), Date.from(notBefore),
				Date.from(notAfter), platformName, platform.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
			.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyCertSign))
			.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(platform.getPublic()));
		var platformCertificate = sign(platformBuilder, platform.getPrivate());

		var tsa = newKeyPair();
		var tsaBuilder = new JcaX509v3CertificateBuilder(platformCertificate, serial(), Date.from(notBefore),
				Date.from(notAfter), name(name, "horodatage"), tsa.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
			.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
			.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(tsa.getPublic()))
			.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(platformCertificate));
		var tsaCertificate = sign(tsaBuilder, platform.getPrivate());

		var store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(PLATFORM, platform.getPrivate(), password, new X509Certificate[] { platformCertificate });
		store.setKeyEntry(TSA, tsa.getPrivate(), password, new X509Certificate[] { tsaCertificate, platformCertificate });
		return store;
	}

	/** EC P-256: see the package documentation for why. */
	static KeyPair newKeyPair() throws GeneralSecurityException {
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
		return generator.generateKeyPair();
	}

	private static X500Name name(String organisation, String role) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "FR")
			.addRDN(BCStyle.O, organisation)
			.addRDN(BCStyle.CN, organisation + " " + role)
			.build();
	}

	private static BigInteger serial() {
		return new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
			throws OperatorCreationException, GeneralSecurityException {
		var signer = new JcaContentSignerBuilder(SIGNING_ALGORITHM).build(issuerKey);
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}
}
