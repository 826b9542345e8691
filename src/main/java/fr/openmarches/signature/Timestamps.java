package fr.openmarches.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.openmarches.signature.TimestampException.Reason;
import fr.openmarches.signature.tsa.TimestampAuthority;

/**
 * RFC 3161 timestamps on SHA-256 hashes: from the built-in authority by default, or from the
 * external one at {@code openmarches.signature.tsa-url}. Either way the reply goes through the
 * same checks ({@link TokenChecks}); whatever fails becomes a {@link TimestampException}, never an
 * unstamped result.
 */
@Service
public class Timestamps {

	private static final Logger log = LoggerFactory.getLogger(Timestamps.class);

	private static final int SHA256_BYTES = 32;

	private final TimestampAuthority builtIn;

	private final RemoteTsa remote;

	private final TokenChecks checks;

	private final X509Certificate platformCertificate;

	private final SecureRandom random = new SecureRandom();

	Timestamps(SignatureProperties properties, PlatformKeys keys, TimestampAuthority builtIn) {
		this.builtIn = builtIn;
		this.platformCertificate = keys.platformCertificate();
		var anchors = new ArrayList<X509Certificate>();
		anchors.add(keys.platformCertificate());
		anchors.addAll(TrustAnchors.read(properties.tsaTrustAnchor()));
		if (properties.externalTsa()) {
			this.remote = new RemoteTsa(properties.tsaUrl(), properties.tsaTimeout());
			var anchored = properties.tsaTrustAnchor() != null;
			if (!anchored) {
				log.warn("openmarches.signature.tsa-trust-anchor is not set: tokens of {} are checked against the "
						+ "certificate they carry only", properties.tsaUrl());
			}
			this.checks = new TokenChecks(List.copyOf(anchors), anchored);
		}
		else {
			this.remote = null;
			this.checks = new TokenChecks(List.copyOf(anchors), true);
		}
	}

	/**
	 * A timestamp on {@code sha256}, checked: granted, for this hash and this request's nonce,
	 * signed by a trusted timestamping certificate.
	 *
	 * @throws TimestampException when no such timestamp could be had; its reason tells why
	 */
	public TimestampToken stamp(byte[] sha256) {
		requireSha256(sha256);
		var request = request(sha256);
		if (remote == null) {
			return checks.accept(builtIn.respond(request), request, "the built-in timestamp authority");
		}
		var reply = remote.exchange(encode(request));
		TimeStampResponse response;
		try {
			response = new TimeStampResponse(reply);
		}
		catch (TSPException | IOException | RuntimeException e) {
			throw new TimestampException(Reason.BAD_REPLY, remote.name() + " sent something that is no timestamp reply", e);
		}
		return checks.accept(response, request, remote.name());
	}

	/**
	 * Checks a token kept earlier: it stamps {@code sha256} and is signed by a trusted
	 * timestamping certificate (the built-in authority's, or the external one's).
	 *
	 * @throws TimestampException when it does not hold
	 */
	public TimestampToken verify(byte[] token, byte[] sha256) {
		requireSha256(sha256);
		TimeStampToken parsed;
		try {
			parsed = new TimeStampToken(new CMSSignedData(token));
		}
		catch (CMSException | TSPException | IOException | RuntimeException e) {
			throw new TimestampException(Reason.INVALID_TOKEN, "not a timestamp token", e);
		}
		return checks.verify(parsed, sha256);
	}

	/** The platform's self-signed certificate: the anchor of its receipts and built-in timestamps. */
	public X509Certificate platformCertificate() {
		return platformCertificate;
	}

	/** The certificates a timestamp must chain to: the platform's, and the configured anchor's. */
	List<X509Certificate> trustAnchors() {
		return checks.anchors();
	}

	private TimeStampRequest request(byte[] sha256) {
		var generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		return generator.generate(NISTObjectIdentifiers.id_sha256, sha256, new BigInteger(63, random));
	}

	private static byte[] encode(TimeStampRequest request) {
		try {
			return request.getEncoded();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void requireSha256(byte[] sha256) {
		if (sha256 == null || sha256.length != SHA256_BYTES) {
			throw new IllegalArgumentException("a SHA-256 hash has 32 bytes");
		}
	}
}
