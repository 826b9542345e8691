package fr.openmarches.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Certificates read from a PEM (or DER) file: the configured trust anchors. */
final class TrustAnchors {

	private TrustAnchors() {
	}

	static List<X509Certificate> read(Path file) {
		if (file == null) {
			return List.of();
		}
		try (var in = Files.newInputStream(file)) {
			var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (certificates.isEmpty()) {
				throw new IllegalStateException("No certificate in the trust anchor file " + file);
			}
			return certificates.stream().map(X509Certificate.class::cast).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the trust anchor file " + file, e);
		}
		catch (CertificateException e) {
			throw new IllegalStateException("The trust anchor file " + file + " holds no readable certificate", e);
		}
	}
}
