package fr.openmarches.signature;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the verification of suppliers' signatures ({@link SignatureVerifier}).
 *
 * @param trustFolder a folder of trusted CA certificates ({@code .pem}, {@code .crt},
 * {@code .cer}, {@code .der}) and of CRL files ({@code .crl}) used offline; unset, nothing is trusted
 * @param online fetch CRLs, OCSP replies and missing issuer certificates at the addresses the
 * certificates give (HTTP); false, only the trust folder's CRLs and what the signature carries count
 * @param timeout how long one such fetch may take, connection included
 */
@ConfigurationProperties("openmarches.signature.verification")
public record VerificationProperties(Path trustFolder, @DefaultValue("true") boolean online,
		@DefaultValue("10s") Duration timeout) {
}
