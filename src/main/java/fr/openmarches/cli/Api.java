package fr.openmarches.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's REST API as the client calls it: every request bears the personal API token (none
 * for the public evidence API) ({@code Authorization: Bearer}) and the language of the messages wanted; a network cut or a
 * server briefly away (502, 503, 504) is retried a few times with growing pauses, then reported as
 * {@link Failure.Kind#NETWORK}; every other answer outside 2xx becomes a {@link Failure} carrying
 * the server's translated {@code detail}.
 */
final class Api {

	private final HttpClient http;

	private final String server;

	private final String token;

	private final Locale locale;

	private final int attempts;

	private final Duration pause;

	Api(String server, String token, Locale locale, int attempts, Duration pause) {
		this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
		this.token = token;
		this.locale = locale;
		this.attempts = Math.max(1, attempts);
		this.pause = pause;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String server() {
		return server;
	}

	/** GET of a JSON document. */
	String get(String path) throws Failure {
		return call("GET", path, null, null, Map.of(), BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	/** GET, answering the raw response whatever its status (404 included), for the caller to judge. */
	HttpResponse<byte[]> getBytes(String path) throws Failure {
		return call("GET", path, null, null, Map.of(), BodyHandlers.ofByteArray(), 404);
	}

	/** POST of a JSON document, answering the JSON body of the 2xx response. */
	String postJson(String path, String json) throws Failure {
		return call("POST", path, "application/json", BodyPublishers.ofString(json, StandardCharsets.UTF_8), Map.of(),
				BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	/** PUT of raw bytes with headers. */
	String put(String path, byte[] bytes, int length, Map<String, String> headers) throws Failure {
		return call("PUT", path, "application/octet-stream", new BufferPublisher(bytes, length), headers,
				BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	/**
	 * The bytes as they are, in one buffer: {@code BodyPublishers.ofByteArray} copies them into
	 * 16 KiB buffers first, a second chunk in memory per request in flight. The caller keeps the
	 * array untouched until the call returns.
	 */
	private record BufferPublisher(byte[] bytes, int length) implements BodyPublisher {

		@Override
		public long contentLength() {
			return length;
		}

		@Override
		public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
			subscriber.onSubscribe(new Flow.Subscription() {

				private boolean done;

				@Override
				public synchronized void request(long n) {
					if (done || n <= 0) {
						return;
					}
					done = true;
					subscriber.onNext(ByteBuffer.wrap(bytes, 0, length).asReadOnlyBuffer());
					subscriber.onComplete();
				}

				@Override
				public synchronized void cancel() {
					done = true;
				}
			});
		}
	}

	private <T> HttpResponse<T> call(String method, String path, String contentType, BodyPublisher body,
			Map<String, String> headers, BodyHandler<T> handler, int... alsoAccepted) throws Failure {
		var builder = HttpRequest.newBuilder(URI.create(server + path))
			.timeout(Duration.ofMinutes(10))
			.header("Accept-Language", locale.toLanguageTag())
			.header("Accept", "application/json, application/pdf, application/problem+json")
			.method(method, body == null ? BodyPublishers.noBody() : body);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		headers.forEach(builder::header);
		var request = builder.build();
		IOException lastCut = null;
		HttpResponse<T> response = null;
		for (int attempt = 1; attempt <= attempts; attempt++) {
			if (attempt > 1) {
				sleep(pause.multipliedBy(1L << Math.min(attempt - 2, 5)));
			}
			try {
				response = http.send(request, handler);
				lastCut = null;
				int status = response.statusCode();
				if (status == 502 || status == 503 || status == 504) {
					continue;
				}
				break;
			}
			catch (IOException e) {
				lastCut = e;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new Failure(Failure.Kind.NETWORK, 0, "interrupted", null);
			}
		}
		if (lastCut != null) {
			throw new Failure(Failure.Kind.NETWORK, 0, server + ", " + describe(lastCut), null);
		}
		int status = response.statusCode();
		if (status / 100 == 2) {
			return response;
		}
		for (int accepted : alsoAccepted) {
			if (status == accepted) {
				return response;
			}
		}
		String detail = null;
		String code = null;
		var text = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
				: String.valueOf(response.body());
		try {
			var problem = Json.object(text);
			detail = problem.get("detail") instanceof String d ? d : null;
			code = problem.get("code") instanceof String c ? c : null;
		}
		catch (RuntimeException notJson) {
			// a proxy's page, or nothing: the status says enough
		}
		var kind = switch (status) {
			case 401, 403 -> Failure.Kind.AUTH;
			case 404 -> Failure.Kind.NOT_FOUND;
			case 400, 409, 413, 422 -> Failure.Kind.REFUSED;
			default -> status >= 500 ? Failure.Kind.SERVER : Failure.Kind.REFUSED;
		};
		throw new Failure(kind, status, detail, code);
	}

	private static String describe(IOException e) {
		var message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** An answer that is not the one hoped for, or none at all. */
	static final class Failure extends Exception {

		enum Kind {
			/** The token is refused (401) or does not allow this (403). */
			AUTH,
			/** No such thing for this account (404). */
			NOT_FOUND,
			/** The request was understood and refused (400, 409…): the detail says why. */
			REFUSED,
			/** The server failed (5xx). */
			SERVER,
			/** No answer: connection refused, cut or timed out, even after retrying. */
			NETWORK
		}

		private final Kind kind;

		private final int status;

		private final String detail;

		private final String code;

		Failure(Kind kind, int status, String detail, String code) {
			super(kind + " " + status + (detail == null ? "" : ": " + detail));
			this.kind = kind;
			this.status = status;
			this.detail = detail;
			this.code = code;
		}

		Kind kind() {
			return kind;
		}

		int status() {
			return status;
		}

		String detail() {
			return detail;
		}

		String code() {
			return code;
		}
	}
}
