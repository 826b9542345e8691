package fr.openmarches.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform's signing identity and of time-stamping.
 *
 * @param keyStore the PKCS#12 file holding the platform's keys and certificates, created on first
 * start. Several instances must share it (same file, or a copy made after the first start)
 * @param keyStorePassword protects the PKCS#12 file; the file is also readable by its owner only
 * @param name the organisation named in the certificates (their subject is {@code CN=<name> …})
 * @param tsaUrl the address of an external RFC 3161 timestamp authority (e.g. a qualified one);
 * unset, the built-in authority stamps
 * @param tsaTimeout how long to wait for the external authority, connection included
 * @param tsaTrustAnchor a PEM file of certificates: the external authority's tokens must be signed
 * by one of them or by a certificate they issued. Unset, a token is checked against the
 * certificate it carries only
 * @param tsaPolicy the policy OID the built-in authority puts in its tokens
 */
@ConfigurationProperties("openmarches.signature")
record SignatureProperties(@DefaultValue("data/signature/platform.p12") Path keyStore,
		@DefaultValue("openmarches") String keyStorePassword, @DefaultValue("OpenMarchés") String name, URI tsaUrl,
		@DefaultValue("10s") Duration tsaTimeout, Path tsaTrustAnchor,
		@DefaultValue(BUILT_IN_POLICY) String tsaPolicy) {

	/**
	 * A UUID-based OID (ITU-T X.667, arc 2.25: no registration needed) naming the built-in
	 * authority's policy: time from the server's clock, no accuracy guaranteed beyond one second.
	 */
	static final String BUILT_IN_POLICY = "2.25.107127180767740218923090621729294146181";

	boolean externalTsa() {
		return tsaUrl != null && !tsaUrl.toString().isBlank();
	}
}
