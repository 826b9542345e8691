package fr.openmarches.submission.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.persistence.PersistenceException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database dropped the connection (it restarts, fails over) during an upload or a deposit:
 * 503 with a translated message and {@code Retry-After}, not a bare 500. Finalising is one
 * transaction, so a deposit cut this way is not registered, its uploads stay free and the same
 * request can be sent again — unless the cut fell after the commit, in which case sending it again
 * answers that the upload is in a deposit already, which then is in « Mes dépôts ». Other database
 * errors are not the platform's weather and stay errors.
 */
@RestControllerAdvice(assignableTypes = { DepositApi.class, UploadApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

	private final MessageSource messages;

	DatabaseUnavailable(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException e, Locale locale) {
		if (!connectionLost(e)) {
			throw e;
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("submission.database.unavailable", null, locale));
		problem.setProperty("retryable", true);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
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
