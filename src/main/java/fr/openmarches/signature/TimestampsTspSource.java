package fr.openmarches.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * DSS asks for its signature timestamps here, so that PAdES seals are stamped by whatever
 * authority {@link Timestamps} uses (the built-in one, or the external one at
 * {@code openmarches.signature.tsa-url}) and go through the same checks. A
 * {@link TimestampException} passes through unchanged so that callers learn why.
 */
final class TimestampsTspSource implements TSPSource {

	private static final long serialVersionUID = 1L;

	private final transient Timestamps timestamps;

	TimestampsTspSource(Timestamps timestamps) {
		this.timestamps = timestamps;
	}

	@Override
	public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) throws DSSException {
		if (digestAlgorithm != DigestAlgorithm.SHA256) {
			throw new DSSException("The platform stamps SHA-256 hashes only, not " + digestAlgorithm);
		}
		return new TimestampBinary(timestamps.stamp(digest).der());
	}
}
