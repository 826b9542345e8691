package fr.openmarches.signature;

import static fr.openmarches.signature.TimestampsTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import fr.openmarches.IntegrationTest;

/** The built-in authority over HTTP at {@code POST /tsa}, as other platforms and tools use it. */
@IntegrationTest
class TsaEndpointTest {

	@LocalServerPort
	int port;

	@Autowired
	PlatformKeys keys;

	@Autowired
	Timestamps timestamps;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path directory;

	@Test
	void byDefaultThePlatformStampsWithItsOwnAuthority() {
		var hash = sha256("manifeste");

		var token = timestamps.stamp(hash);

		assertThat(token.authority()).isEqualTo(
				X500Name.getInstance(keys.tsaCertificate().getSubjectX500Principal().getEncoded())
					.toString());
		assertThat(timestamps.verify(token.der(), hash)).isEqualTo(token);
	}

	@Test
	void anotherPlatformCanUseTheAuthorityOverHttpWithoutASession() throws Exception {
		var anchor = Files.writeString(directory.resolve("platform.pem"), pem());
		var remote = TestTimestamps.timestamps(keys, clock, "http://localhost:" + port + "/tsa", anchor,
				Duration.ofSeconds(5));
		var hash = sha256("manifeste d'une autre plateforme");

		var token = remote.stamp(hash);

		assertThat(token.imprint()).isEqualTo(hash);
		assertThat(token.authority()).contains("horodatage");
	}

	@Test
	void somethingThatIsNoRequestGetsARejection() throws Exception {
		var reply = post("pas une requête".getBytes(StandardCharsets.UTF_8));

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
		assertThat(new TimeStampResponse(reply.body()).getStatus()).isEqualTo(PKIStatus.REJECTION);
	}

	@Test
	void opensslVerifiesTheTokenAgainstThePlatformCertificate() throws Exception {
		assumeThat(Path.of("/usr/bin/openssl")).exists();
		var data = Files.writeString(directory.resolve("manifest.json"), "{\"pli\":\"1\"}");
		var query = directory.resolve("request.tsq");
		openssl("ts", "-query", "-data", data.toString(), "-sha256", "-cert", "-out", query.toString());

		var reply = post(Files.readAllBytes(query));
		var response = Files.write(directory.resolve("reply.tsr"), reply.body());
		var anchor = Files.writeString(directory.resolve("platform.pem"), pem());

		assertThat(openssl("ts", "-verify", "-data", data.toString(), "-in", response.toString(), "-CAfile",
				anchor.toString())).contains("Verification: OK");
	}

	@Test
	void theOpenApiDocumentDescribesTheAuthority() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/tsa'].post.summary").value("Timestamp a hash (RFC 3161)"))
			.andExpect(jsonPath("$.paths['/tsa'].post.requestBody.content['application/timestamp-query']").exists())
			.andExpect(jsonPath("$.paths['/tsa'].post.responses['200'].content['application/timestamp-reply']").exists());
	}

	private HttpResponse<byte[]> post(byte[] body) throws Exception {
		try (var http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tsa"))
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private String pem() throws Exception {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder().encodeToString(keys.platformCertificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}

	private static String openssl(String... arguments) throws Exception {
		var command = new ArrayList<String>();
		command.add("/usr/bin/openssl");
		command.addAll(List.of(arguments));
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}
}
