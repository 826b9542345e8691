package fr.openmarches.organisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A client of the JSON API as a script or a single-page application would be: it signs in through
 * the sign-in page, keeps the session cookie, and sends the CSRF token (read from the
 * {@code _csrf} meta of a page) in the {@code X-CSRF-TOKEN} header of every write.
 */
final class ApiVisitor {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http;

	private final URI base;

	private String csrfToken;

	ApiVisitor(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in, then reads a page for the CSRF token of the new session. */
	ApiVisitor signIn(String email, String password) {
		refreshToken();
		var form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken);
		send(HttpRequest.newBuilder(base.resolve("/connexion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		refreshToken();
		return this;
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build());
	}

	/** Sends JSON with the session's CSRF token. */
	Answer send(String method, String path, String json) {
		return send(request(method, path, json).header("X-CSRF-TOKEN", csrfToken).build());
	}

	/** Sends JSON without any CSRF token. */
	Answer sendWithoutToken(String method, String path, String json) {
		return send(request(method, path, json).build());
	}

	private HttpRequest.Builder request(String method, String path, String json) {
		return HttpRequest.newBuilder(base.resolve(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
	}

	private void refreshToken() {
		var page = send(HttpRequest.newBuilder(base.resolve("/connexion")).header("Accept", "text/html").GET().build());
		var token = CSRF_META.matcher(page.body());
		if (token.find()) {
			csrfToken = token.group(1);
		}
	}

	private Answer send(HttpRequest request) {
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Answer(int status, String body, String location) {
	}
}
