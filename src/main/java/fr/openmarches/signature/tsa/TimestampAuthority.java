package fr.openmarches.signature.tsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The built-in RFC 3161 timestamp authority: answers a request with a token signed by the
 * authority's key, dated by the injected clock, with a random 127-bit serial number (unique
 * without any coordination between instances: a collision is as likely as guessing a 127-bit
 * key). SHA-256, SHA-384 and SHA-512 imprints are accepted; anything else, or bytes that are no
 * request, get a rejection rather than an exception, as RFC 3161 wants.
 */
public final class TimestampAuthority {

	/** Imprint algorithms accepted in requests. */
	static final Set<ASN1ObjectIdentifier> ACCEPTED_ALGORITHMS = Set.of(NISTObjectIdentifiers.id_sha256,
			NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

	private final PrivateKey key;

	private final List<X509Certificate> chain;

	private final String signingAlgorithm;

	private final ASN1ObjectIdentifier policy;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param key signs the tokens
	 * @param chain the authority's certificate first (with the critical timeStamping extended key
	 * usage), then its issuers, all carried in each token
	 * @param signingAlgorithm JCA name, e.g. {@code SHA256withECDSA}
	 * @param policy the policy OID put in every token
	 */
	public TimestampAuthority(PrivateKey key, List<X509Certificate> chain, String signingAlgorithm, String policy,
			Clock clock) {
		this.key = key;
		this.chain = List.copyOf(chain);
		this.signingAlgorithm = signingAlgorithm;
		this.policy = new ASN1ObjectIdentifier(policy);
		this.clock = clock;
		generator(); // fails at start-up rather than on the first request
	}

	/**
	 * A generator for one response: BouncyCastle's generators keep digest and signature state while
	 * they work, so sharing one between threads yields tokens whose signature does not verify.
	 */
	private TimeStampResponseGenerator generator() {
		try {
			var digests = new JcaDigestCalculatorProviderBuilder().build();
			var signer = new JcaSignerInfoGeneratorBuilder(digests)
				.build(new JcaContentSignerBuilder(signingAlgorithm).build(key), chain.getFirst());
			var tokens = new TimeStampTokenGenerator(signer,
					digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), policy);
			tokens.addCertificates(new JcaCertStore(chain));
			tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS); // deposits seconds apart near a deadline
			tokens.setAccuracySeconds(1);
			return new TimeStampResponseGenerator(tokens, ACCEPTED_ALGORITHMS);
		}
		catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
			throw new IllegalStateException("Cannot set up the timestamp authority", e);
		}
	}

	/** Answers a request: a granted token, or a rejection saying what was wrong. */
	public TimeStampResponse respond(TimeStampRequest request) {
		try {
			return generator().generate(request, serialNumber(), Date.from(clock.instant()));
		}
		catch (TSPException e) {
			return failure(PKIFailureInfo.systemFailure, "cannot stamp: " + e.getMessage());
		}
	}

	/** Answers the DER bytes of a request with the DER bytes of a response. */
	public byte[] respond(byte[] request) {
		TimeStampRequest parsed;
		try {
			parsed = new TimeStampRequest(request);
		}
		catch (IOException | RuntimeException notARequest) {
			return encode(failure(PKIFailureInfo.badDataFormat, "not a timestamp request"));
		}
		return encode(respond(parsed));
	}

	private BigInteger serialNumber() {
		return new BigInteger(127, random).add(BigInteger.ONE);
	}

	private TimeStampResponse failure(int failInfo, String text) {
		try {
			return generator().generateFailResponse(PKIStatus.REJECTION, failInfo, text);
		}
		catch (TSPException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] encode(TimeStampResponse response) {
		try {
			return response.getEncoded();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
