package fr.openmarches;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.openmarches.signature.TestAuthority;

/**
 * The certification authority the test suite's platform trusts: its certificate is the only one in
 * the trust folder of {@code openmarches.signature.verification.trust-folder}, and its CRL (empty,
 * issued at each request) is served by a real HTTP server on a port of localhost, at the address
 * its signers' certificates give. Tests make signers with {@link #signer} to deposit signed pieces
 * whose check must come out valid.
 */
public final class LocalCertificationAuthority implements AutoCloseable {

	static final Path TRUST_FOLDER = Path.of("target/test-data/signature-trust");

	private final TestAuthority authority;

	private final HttpServer server;

	LocalCertificationAuthority() {
		try {
			var now = Instant.now();
			authority = new TestAuthority("CN=Autorité de certification des tests,O=OpenMarchés tests",
					now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(3650)));
			Files.createDirectories(TRUST_FOLDER);
			try (var old = Files.list(TRUST_FOLDER)) {
				for (var file : old.toList()) {
					Files.delete(file);
				}
			}
			Files.writeString(TRUST_FOLDER.resolve("tests-ca.pem"), authority.pem());
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
			server.createContext("/ca.crl", this::crl);
			server.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot make the tests' certification authority", e);
		}
	}

	/** The trust folder the platform reads at its start. */
	Path trustFolder() {
		return TRUST_FOLDER.toAbsolutePath();
	}

	/** A signer named {@code subject} (e.g. {@code CN=Alice Martin,O=Travaux Dupont SAS}), certified for a year from yesterday. */
	public TestAuthority.Signer signer(String subject) {
		var now = Instant.now();
		try {
			return authority.issue(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
					"http://127.0.0.1:" + server.getAddress().getPort() + "/ca.crl");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void crl(HttpExchange exchange) throws IOException {
		try (exchange) {
			var crl = currentCrl();
			exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
			exchange.sendResponseHeaders(200, crl.length);
			exchange.getResponseBody().write(crl);
		}
	}

	/** An empty CRL, current for long enough that tests moving the suite's clock weeks ahead still find it so. */
	private byte[] currentCrl() {
		var now = Instant.now();
		try {
			return authority.crl(now, now.plus(Duration.ofDays(365)), List.of(), now);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
