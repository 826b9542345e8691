package fr.openmarches.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A second, independent RFC 3161 timestamp authority on a real HTTP server on localhost: its own
 * RSA keys, its own root certificate and timestamping certificate (critical id-kp-timeStamping),
 * built with BouncyCastle here rather than with the platform's code. Tests script how it behaves.
 */
final class LocalTsa implements AutoCloseable {

	/** How the authority answers the next requests. */
	enum Behaviour {
		/** A granted token on the requested hash, nonce echoed. */
		GRANT,
		/** HTTP 500. */
		FAIL,
		/** HTTP 200 with bytes that are no timestamp reply. */
		GARBAGE,
		/** Nothing, for longer than any client waits. */
		SILENT,
		/** A granted token, nonce echoed, but on another hash. */
		OTHER_HASH,
		/** A proper rejection (status 2, badAlg). */
		REJECT
	}

	static final String POLICY = "1.2.3.4.5";

	private final HttpServer server;

	private final X509Certificate root;

	private final X509Certificate tsaCertificate;

	private final PrivateKey tsaKey;

	private final AtomicLong serials = new AtomicLong();

	private volatile Behaviour behaviour = Behaviour.GRANT;

	LocalTsa() {
		try {
			var rootKeys = rsa();
			var rootName = new X500Name("CN=Autorité de test racine, O=TSA locale, C=FR");
			var notBefore = Date.from(Instant.now().minus(Duration.ofDays(1)));
			var notAfter = Date.from(Instant.now().plus(Duration.ofDays(30)));
			root = certificate(new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, notBefore, notAfter, rootName,
					rootKeys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)), rootKeys.getPrivate());
			var tsaKeys = rsa();
			tsaKey = tsaKeys.getPrivate();
			tsaCertificate = certificate(new JcaX509v3CertificateBuilder(root, BigInteger.TWO, notBefore, notAfter,
					new X500Name("CN=Horodatage local, O=TSA locale, C=FR"), tsaKeys.getPublic())
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)),
					rootKeys.getPrivate());
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::answer);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsr";
	}

	LocalTsa behave(Behaviour behaviour) {
		this.behaviour = behaviour;
		return this;
	}

	X509Certificate certificate() {
		return tsaCertificate;
	}

	X509Certificate root() {
		return root;
	}

	/** The root certificate as PEM, for {@code openmarches.signature.tsa-trust-anchor}. */
	String rootPem() {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			var query = exchange.getRequestBody().readAllBytes();
			switch (behaviour) {
				case FAIL -> reply(exchange, 500, "text/plain", "Internal Server Error".getBytes(StandardCharsets.UTF_8));
				case GARBAGE -> reply(exchange, 200, "application/timestamp-reply",
						"<html>Maintenance</html>".getBytes(StandardCharsets.UTF_8));
				case SILENT -> {
					Thread.sleep(Duration.ofSeconds(5));
					reply(exchange, 500, "text/plain", new byte[0]);
				}
				case GRANT -> reply(exchange, 200, "application/timestamp-reply", stamp(new TimeStampRequest(query)));
				case OTHER_HASH -> {
					var asked = new TimeStampRequest(query);
					var other = MessageDigest.getInstance("SHA-256").digest("autre chose".getBytes(StandardCharsets.UTF_8));
					var generator = new TimeStampRequestGenerator();
					generator.setCertReq(true);
					reply(exchange, 200, "application/timestamp-reply",
							stamp(generator.generate(NISTObjectIdentifiers.id_sha256, other, asked.getNonce())));
				}
				case REJECT -> reply(exchange, 200, "application/timestamp-reply",
						responses().generateFailResponse(2, 1 << 0, "algorithme refusé").getEncoded());
			}
		}
		catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private byte[] stamp(TimeStampRequest request) throws Exception {
		return responses().generateGrantedResponse(request, BigInteger.valueOf(serials.incrementAndGet()), new Date())
			.getEncoded();
	}

	private TimeStampResponseGenerator responses() throws Exception {
		var digests = new JcaDigestCalculatorProviderBuilder().build();
		var signer = new JcaSignerInfoGeneratorBuilder(digests)
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(tsaKey), tsaCertificate);
		var tokens = new TimeStampTokenGenerator(signer,
				digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), new ASN1ObjectIdentifier(POLICY));
		tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate, root)));
		return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
	}

	private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		exchange.getResponseBody().write(body);
	}

	private static KeyPair rsa() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
