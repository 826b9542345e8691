package fr.openmarches.company;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import fr.openmarches.WebVisitor;

/**
 * JSON calls to the API in the session of a {@link WebVisitor} (its session cookie), with the
 * CSRF token of a page it reads, in header {@code X-CSRF-TOKEN} as scripts send it.
 */
public final class ApiCalls {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final WebVisitor visitor;

	private final URI base;

	public ApiCalls(WebVisitor visitor, int port) {
		this.visitor = visitor;
		this.base = URI.create("http://localhost:" + port);
	}

	public record Answer(int status, String body, String contentType) {
	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	public Answer post(String path, String json) {
		return send(withCsrf(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))));
	}

	/** A post in the session but without its CSRF token, as a forged cross-site request would be. */
	public Answer postWithoutToken(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer put(String path, String contentType, byte[] body) {
		return send(withCsrf(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body))));
	}

	public Answer delete(String path) {
		return send(withCsrf(request(path).DELETE()));
	}

	private HttpRequest.Builder request(String path) {
		var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
		visitor.cookie("OPENMARCHES_SESSION").ifPresent(session -> request.header("Cookie", "OPENMARCHES_SESSION=" + session));
		return request;
	}

	/** The token of the session, read from a page as a script would read it from its meta tag. */
	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		var matcher = CSRF_META.matcher(visitor.get("/").body());
		if (matcher.find()) {
			request.header("X-CSRF-TOKEN", matcher.group(1));
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
