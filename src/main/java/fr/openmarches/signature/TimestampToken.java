package fr.openmarches.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 timestamp token: the authority's signed statement that {@code imprint} (a SHA-256
 * hash) existed at {@code time}.
 *
 * @param der the token as DER (a CMS SignedData), to keep and to hand to any RFC 3161 verifier
 * (e.g. {@code openssl ts -verify})
 * @param time when the authority stamped (its {@code genTime})
 * @param serialNumber unique among the tokens of that authority
 * @param authority the subject of the certificate that signed the token
 * @param imprint the hash that was stamped
 */
public record TimestampToken(byte[] der, Instant time, BigInteger serialNumber, String authority, byte[] imprint) {

	/**
	 * Reads a token's fields without checking it: use {@link Timestamps#verify} to check a token
	 * that came from outside.
	 *
	 * @throws TimestampException ({@link TimestampException.Reason#INVALID_TOKEN}) if the bytes are
	 * no timestamp token
	 */
	public static TimestampToken read(byte[] der) {
		try {
			return of(new TimeStampToken(new CMSSignedData(der)));
		}
		catch (CMSException | TSPException | IOException | RuntimeException e) {
			throw new TimestampException(TimestampException.Reason.INVALID_TOKEN, "not a timestamp token", e);
		}
	}

	static TimestampToken of(TimeStampToken token) throws IOException {
		var info = token.getTimeStampInfo();
		Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
		var authority = signers.isEmpty() ? token.getSID().getIssuer().toString()
				: signers.iterator().next().getSubject().toString();
		return new TimestampToken(token.getEncoded(), info.getGenTime().toInstant(), info.getSerialNumber(), authority,
				info.getMessageImprintDigest());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimestampToken token && Arrays.equals(der, token.der);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(der);
	}

	@Override
	public String toString() {
		return "TimestampToken[" + time + ", serial " + serialNumber.toString(16) + ", " + authority + ", imprint "
				+ HexFormat.of().formatHex(imprint) + "]";
	}
}
