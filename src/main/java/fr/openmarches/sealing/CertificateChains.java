package fr.openmarches.sealing;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * Whether a certificate chains up to a trust anchor through the certificates that came with it (a
 * timestamp token's, a signature's): each link checked by its issuer's name and signature, at most
 * {@value #MAX_CHAIN} links. JDK only, so that the command-line client checks tokens as the server does.
 */
public final class CertificateChains {

	/** The longest chain walked, anchor excluded. */
	public static final int MAX_CHAIN = 5;

	private CertificateChains() {
	}

	/** Whether {@code certificate} is one of {@code anchors} or chains up to one through {@code carried}. */
	public static boolean reachesAnchor(X509Certificate certificate, Collection<X509Certificate> carried,
			Collection<X509Certificate> anchors) {
		var current = certificate;
		for (int depth = 0; depth < MAX_CHAIN; depth++) {
			for (var anchor : anchors) {
				if (anchor.equals(current) || issuedBy(current, anchor)) {
					return true;
				}
			}
			X509Certificate issuer = null;
			for (var candidate : carried) {
				if (!candidate.equals(current) && issuedBy(current, candidate)) {
					issuer = candidate;
					break;
				}
			}
			if (issuer == null) {
				return false;
			}
			current = issuer;
		}
		return false;
	}

	private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
		if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
			return false;
		}
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		}
		catch (GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}
}
