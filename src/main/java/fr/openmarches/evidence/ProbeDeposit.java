package fr.openmarches.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;

import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe's {@code deposit} check: a real deposit over HTTP to this instance's own port, as the
 * command-line client makes one, with the probe's API token on its test consultation
 * ({@link ProbeSetup}): opens an upload, puts one chunk of a few bytes sealed (OMS1) under a fresh
 * content key wrapped for the consultation's opening key, completes it (the blob joined), then
 * makes a probe deposit ({@code POST /api/v1/consultations/{id}/probe-deposits}), which checks it
 * as a deposit, timestamps its manifest's hash in a database transaction and deletes the upload and
 * its blob. Any answer but the expected one fails the check (DOWN); a probe deposit the timestamp
 * authority could not stamp passes with a note ({@link Outcome#timestampError}: DEGRADED).
 */
class ProbeDeposit {

	/** The bytes sealed and deposited. */
	static final byte[] PLAIN = "OpenMarches availability probe deposit\n".getBytes(StandardCharsets.US_ASCII);

	/** The sealing chunk size: one chunk holds the few bytes; its transport chunk is within the upload bounds. */
	static final int CHUNK_SIZE = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProbeDeposit.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What the probe deposit answered: null, or why its manifest was not timestamped. */
	record Outcome(String timestampError) {
	}

	private final Supplier<ProbeSetup.Made> setup;

	private final OpeningKeys openingKeys;

	private final Supplier<URI> base;

	private final HttpClient http;

	private final Duration timeout;

	ProbeDeposit(Supplier<ProbeSetup.Made> setup, OpeningKeys openingKeys, Supplier<URI> base, Duration timeout) {
		this.setup = setup;
		this.openingKeys = openingKeys;
		this.base = base;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Makes what the probe deposits with if it is not made yet (keys generated: seconds), so that
	 * the first probe's timing is the deposit's; a failure here fails the check when it runs.
	 */
	void prepare() {
		try {
			setup.get();
		}
		catch (RuntimeException e) {
			log.warn("The availability probe's deposit setup could not be made: {}", e.getMessage());
		}
	}

	Outcome run() throws IOException, InterruptedException {
		var made = setup.get();
		var consultation = made.consultation().value();
		var openingKey = openingKeys.openingKey(made.consultation())
			.orElseThrow(() -> new IOException("The probe consultation has no opening key"));
		var contentKey = ContentKeys.newContentKey();
		var salt = new byte[16];
		RANDOM.nextBytes(salt);
		var sealed = new ByteArrayOutputStream();
		var sealing = SealedFiles.seal(new ByteArrayInputStream(PLAIN), sealed, contentKey, salt, CHUNK_SIZE);
		var sealedBytes = sealed.toByteArray();
		var wrapped = ContentKeys.wrap(contentKey, ContentKeys.publicKey(openingKey.publicKey()));

		var opened = send("POST", "/api/v1/uploads", made.token(), """
				{"consultationId": "%s", "totalSize": %d, "chunkSize": %d, "label": "sonde.txt"}"""
			.formatted(consultation, sealedBytes.length, CHUNK_SIZE + SealedFiles.TAG_LENGTH), 201);
		var upload = opened.path("id").asString();
		var chunk = HttpRequest.newBuilder(uri("/api/v1/uploads/" + upload + "/chunks/0"))
			.timeout(timeout)
			.header("Authorization", "Bearer " + made.token())
			.header("Content-Type", "application/octet-stream")
			.header("X-Chunk-SHA256", hex(sha256(sealedBytes)))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(sealedBytes))
			.build();
		expect(http.send(chunk, HttpResponse.BodyHandlers.ofString()), "chunk", 200, 201);
		var completed = send("POST", "/api/v1/uploads/" + upload + "/completion", made.token(), "", 200);
		if (!hex(sha256(sealedBytes)).equalsIgnoreCase(completed.path("sha256").asString())) {
			throw new IOException("The completed upload's blob is not the sealed bytes sent");
		}
		var answer = send("POST", "/api/v1/consultations/" + consultation + "/probe-deposits", made.token(), """
				{"openingKey": "%s", "wrappedKey": "%s", "lots": [], "backupCopy": "NONE", "pieces": [
				{"upload": "%s", "envelope": "OFFER", "fileName": "sonde.txt", "mediaType": "text/plain",
				 "size": %d, "plainSha256": "%s", "chunkSize": %d, "salt": "%s"}]}"""
			.formatted(openingKey.fingerprint(), Base64.getEncoder().encodeToString(wrapped), upload, PLAIN.length,
					sealing.plainSha256Hex(), CHUNK_SIZE, Base64.getEncoder().encodeToString(salt)), 200);
		if (answer.path("pieces").asInt() != 1 || answer.path("manifestSha256").asString().length() != 64) {
			throw new IOException("The probe deposit answered " + answer);
		}
		return new Outcome(answer.path("timestamped").asBoolean() ? null
				: "timestamp authority: " + answer.path("timestampError").asString());
	}

	private JsonNode send(String method, String path, String token, String json, int expected)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri(path))
			.timeout(timeout)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		expect(response, method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}"), expected);
		return JSON.readTree(response.body());
	}

	private static void expect(HttpResponse<String> response, String what, int... expected) throws IOException {
		for (int status : expected) {
			if (response.statusCode() == status) {
				return;
			}
		}
		var body = response.body() == null ? "" : response.body();
		throw new IOException(what + " answered " + response.statusCode() + " "
				+ body.substring(0, Math.min(200, body.length())));
	}

	private URI uri(String path) {
		return URI.create(base.get().toString() + path);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
