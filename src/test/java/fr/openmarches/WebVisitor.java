package fr.openmarches;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor speaking real HTTP to the running application, with its own cookies (so its own
 * session) and the CSRF token of the last page it read, as a browser would send it. Redirects
 * are not followed, so that tests can assert them. Unlike MockMvc, error pages and session
 * handling go through the real servlet container.
 */
public final class WebVisitor {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http;

	private final URI base;

	private String csrfToken;

	public WebVisitor(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Reads a page as a browser would (asking for HTML). */
	public Page get(String path, String... headers) {
		var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", BROWSER_ACCEPT).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** Posts a form with the CSRF token of the last page read (unless the form names its own). */
	public Page post(String path, Map<String, String> form) {
		var fields = new LinkedHashMap<>(form);
		if (csrfToken != null) {
			fields.putIfAbsent("_csrf", csrfToken);
		}
		return postExactly(path, fields);
	}

	/** Posts exactly these fields: no CSRF token is added. */
	public Page postExactly(String path, Map<String, String> form) {
		var body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Posts JSON to the API with the CSRF token of the last page read in the header, as a script of that page would. */
	public Page postJson(String path, String json) {
		return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), true);
	}

	/**
	 * Sends a request with any method and body (JSON, multipart…), as a script calling the API
	 * would: with {@code csrf}, the token of the last page read goes in the {@code X-CSRF-TOKEN}
	 * header.
	 */
	public Page send(String method, String path, String contentType, byte[] body, boolean csrf) {
		return send(method, path, contentType, body, csrf, new String[0]);
	}

	/** As {@link #send(String, String, String, byte[], boolean)}, with more headers (name, value, name, value…). */
	public Page send(String method, String path, String contentType, byte[] body, boolean csrf, String... headers) {
		var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json, */*;q=0.5");
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (csrf && csrfToken != null) {
			request.header("X-CSRF-TOKEN", csrfToken);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		return send(request.build());
	}

	/** Signs in through the sign-in page and returns the answer to the form. */
	public Page signIn(String email, String password) {
		get("/connexion");
		return post("/connexion", Map.of("email", email, "password", password));
	}

	public Optional<String> cookie(String name) {
		return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	/** Reads a file (PDF, archive) as its raw bytes, with the session's cookies and any headers (name, value…). */
	public Download download(String path, String... headers) {
		var builder = HttpRequest.newBuilder(base.resolve(path)).GET();
		if (headers.length > 0) {
			builder.headers(headers);
		}
		var request = builder.build();
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private Page send(HttpRequest request) {
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			var page = new Page(response.statusCode(), response.body(), response.headers());
			var token = CSRF_META.matcher(page.body());
			if (token.find()) {
				csrfToken = token.group(1);
			}
			else {
				var input = CSRF_INPUT.matcher(page.body());
				if (input.find()) {
					csrfToken = input.group(1);
				}
			}
			return page;
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

	/** A file the server answered. */
	public record Download(int status, byte[] bytes, HttpHeaders headers) {
	}

	/** What the server answered. */
	public record Page(int status, String body, HttpHeaders headers) {

		public String location() {
			return headers.firstValue("Location").orElse(null);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}
	}
}
