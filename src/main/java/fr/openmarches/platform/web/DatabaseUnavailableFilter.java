package fr.openmarches.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database dropped the connection (it restarts, fails over) while a request ran, in a
 * controller or before one (the session is read from the database): 503 with a translated message
 * and {@code Retry-After} — problem JSON for the API, a short page otherwise — instead of a bare
 * 500. Every write is one transaction, so nothing of the request was kept and it can be sent again
 * once the pool has new connections. Runs first, around the session filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!connectionLost(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("Database connection lost during {} {}: answered 503 ({})", request.getMethod(),
					request.getRequestURI(), e.toString());
			var locale = locales.resolveLocale(request);
			var detail = messages.getMessage("platform.database.unavailable", null, locale);
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "5");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (request.getRequestURI().startsWith("/api/")) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				var problem = new java.util.LinkedHashMap<String, Object>();
				problem.put("type", "about:blank");
				problem.put("title", "Service Unavailable");
				problem.put("status", 503);
				problem.put("detail", detail);
				problem.put("retryable", true);
				write(response, JSON.writeValueAsString(problem));
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				write(response, "<!doctype html><html lang=\"" + locale.getLanguage()
						+ "\"><head><meta charset=\"utf-8\"><title>503</title></head><body><main><p>"
						+ HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
			}
		}
	}

	/** Through whichever of the stream or the writer the request's handling already took. */
	private static void write(HttpServletResponse response, String body) throws IOException {
		try {
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalStateException writerTaken) {
			response.getWriter().write(body);
		}
	}

	/**
	 * A lost or refused connection: SQL states of classes 08 (connection) and 57P (operator
	 * intervention, e.g. the server shutting down), no connection to be had from the pool, or a
	 * connection the pool closed as broken (Hikari then says « Connection is closed », without a
	 * state, and the first failure may be hidden behind the rollback that met it).
	 */
	static boolean connectionLost(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof org.springframework.transaction.CannotCreateTransactionException
					|| cause instanceof org.springframework.dao.DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && ("Connection is closed".equals(sql.getMessage())
					|| (sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))))) {
				return true;
			}
		}
		return false;
	}
}
