package fr.openmarches.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/v1/**} requests bearing a personal API token as the token's owner, for
 * this request only (no session is made or read). A token that is unknown, revoked, expired or whose
 * owner is locked ends the request with 401 and a problem document saying which: a script then
 * knows whether to ask its owner for a new token.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	/** Requests this filter authenticates; CSRF does not apply to them, no cookie being involved. */
	static final RequestMatcher BEARER_API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/v1/") && bearer(request) != null;

	private final PersonalTokens tokens;

	private final MessageSource messages;

	BearerTokenFilter(PersonalTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BEARER_API.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var check = tokens.check(bearer(request).strip());
		if (check.person().isEmpty()) {
			refuse(request, response, check.refusal());
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(check.person().get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
		var detail = messages.getMessage(key, null, request.getLocale());
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":"
				+ quote(detail) + ",\"code\":" + quote(key) + ",\"instance\":" + quote(request.getRequestURI()) + "}");
	}

	private static String bearer(HttpServletRequest request) {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				? header.substring(SCHEME.length()) : null;
	}

	private static String quote(String text) {
		var out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
