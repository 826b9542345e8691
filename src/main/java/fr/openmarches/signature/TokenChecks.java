package fr.openmarches.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import fr.openmarches.sealing.CertificateChains;
import fr.openmarches.signature.TimestampException.Reason;

/**
 * What makes a reply and a token acceptable: granted, for our hash and nonce, signed by a
 * certificate fit for time-stamping (critical {@code id-kp-timeStamping}, valid at the stamped
 * time) that is one of the trust anchors or chains up to one through the certificates the token
 * carries. Revocation is not checked here: that is for the signature validation (EU DSS) of the
 * documents that carry tokens.
 *
 * @param anchors trusted certificates
 * @param anchorRequired false only for an external authority configured without a trust anchor:
 * its tokens are then checked against the certificate they carry
 */
record TokenChecks(List<X509Certificate> anchors, boolean anchorRequired) {

	/** The token of a reply to {@code request}, checked. */
	TimestampToken accept(TimeStampResponse response, TimeStampRequest request, String from) {
		if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
			var failure = response.getFailInfo() == null ? "" : " (failure info " + response.getFailInfo().intValue() + ")";
			throw new TimestampException(Reason.REFUSED, from + " refused to stamp: status " + response.getStatus()
					+ (response.getStatusString() == null ? "" : " « " + response.getStatusString() + " »") + failure);
		}
		var token = response.getTimeStampToken();
		if (token == null) {
			throw new TimestampException(Reason.BAD_REPLY, from + " granted but sent no token");
		}
		var info = token.getTimeStampInfo();
		if (!MessageDigest.isEqual(info.getMessageImprintDigest(), request.getMessageImprintDigest())
				|| !info.getMessageImprintAlgOID().equals(request.getMessageImprintAlgOID())) {
			throw new TimestampException(Reason.WRONG_IMPRINT, from + " stamped another hash than the one sent");
		}
		if (info.getNonce() == null || !info.getNonce().equals(request.getNonce())) {
			throw new TimestampException(Reason.BAD_REPLY, from + " did not echo the request's nonce");
		}
		try {
			response.validate(request);
		}
		catch (TSPException e) {
			throw new TimestampException(Reason.BAD_REPLY, from + " sent a reply that does not match the request: "
					+ e.getMessage(), e);
		}
		return check(token, from);
	}

	/** A stored token, checked, and stamping {@code sha256}. */
	TimestampToken verify(TimeStampToken token, byte[] sha256) {
		var info = token.getTimeStampInfo();
		if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
				|| !MessageDigest.isEqual(info.getMessageImprintDigest(), sha256)) {
			throw new TimestampException(Reason.WRONG_IMPRINT, "the token stamps another hash");
		}
		return check(token, "the token");
	}

	private TimestampToken check(TimeStampToken token, String from) {
		Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
		if (signers.isEmpty()) {
			throw new TimestampException(Reason.INVALID_TOKEN, from + ": the token does not carry its signer's certificate");
		}
		var signer = signers.iterator().next();
		try {
			// checks the signature, the certificate's binding (ESSCertID), its critical timeStamping
			// extended key usage and its validity at the stamped time
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
		}
		catch (TSPException | OperatorCreationException | CertificateException | IllegalArgumentException e) {
			throw new TimestampException(Reason.INVALID_TOKEN, from + ": the token does not verify: " + e.getMessage(), e);
		}
		if (anchorRequired && !chainsToAnAnchor(signer, token.getCertificates().getMatches(null))) {
			throw new TimestampException(Reason.UNTRUSTED,
					from + ": the token's signer " + signer.getSubject() + " is not trusted");
		}
		try {
			return TimestampToken.of(token);
		}
		catch (IOException e) {
			throw new TimestampException(Reason.INVALID_TOKEN, from + ": the token cannot be encoded", e);
		}
	}

	private boolean chainsToAnAnchor(X509CertificateHolder signer, Collection<X509CertificateHolder> carried) {
		var converter = new JcaX509CertificateConverter();
		try {
			var certificates = new java.util.ArrayList<X509Certificate>();
			for (var holder : carried) {
				certificates.add(converter.getCertificate(holder));
			}
			return CertificateChains.reachesAnchor(converter.getCertificate(signer), certificates, anchors);
		}
		catch (CertificateException e) {
			return false;
		}
	}
}
