package fr.openmarches.opening.web;

import static fr.openmarches.platform.ApiProblems.problem;

import java.util.NoSuchElementException;

import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.opening.CeremonyRefusedException;
import fr.openmarches.opening.MemberKeyRefusedException;
import fr.openmarches.opening.SessionRefusedException;
import fr.openmarches.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the opening API as RFC 9457 problem details, explained in the reader's language, with
 * the machine-readable {@code reason}.
 */
@RestControllerAdvice(assignableTypes = { CommissionApi.class, CommissionKeyApi.class, OpeningKeyApi.class,
		OpeningSessionApi.class, BackupCopyApi.class })
class OpeningApiProblems {

	private final MessageSource messages;

	OpeningApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchConsultationException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", "No consultation of your purchasing entities has this id.",
				request);
	}

	@ExceptionHandler(CeremonyRefusedException.class)
	ProblemDetail ceremony(CeremonyRefusedException refused, HttpServletRequest request) {
		var status = refused.reason() == CeremonyRefusedException.Reason.NOT_DRAFT ? HttpStatus.CONFLICT
				: HttpStatus.BAD_REQUEST;
		var problem = problem(status, "Ceremony refused", message("opening.ceremony.refused." + refused.reason(),
				refused.arguments().toArray()), request);
		problem.setProperty("reason", refused.reason());
		return problem;
	}

	@ExceptionHandler(MemberKeyRefusedException.class)
	ProblemDetail memberKey(MemberKeyRefusedException refused, HttpServletRequest request) {
		var status = switch (refused.reason()) {
			case NOT_A_MEMBER -> HttpStatus.FORBIDDEN;
			case IN_USE -> HttpStatus.CONFLICT;
			case INVALID_PUBLIC_KEY, INVALID_PROTECTED_KEY -> HttpStatus.BAD_REQUEST;
		};
		var problem = problem(status, "Member key refused", message("opening.memberKey.refused." + refused.reason()),
				request);
		problem.setProperty("reason", refused.reason());
		return problem;
	}

	@ExceptionHandler(SessionRefusedException.class)
	ProblemDetail session(SessionRefusedException refused, HttpServletRequest request) {
		var status = switch (refused.reason()) {
			case NOT_A_MEMBER, NOT_HOST -> HttpStatus.FORBIDDEN;
			case INVALID_SESSION_KEY, INVALID_ENVELOPE, INVALID_SHARE, UNKNOWN_PIECE, INVALID_FILE_KEY, NOT_LATE,
					INVALID_REASON, INVALID_BACKUP, INVALID_SIRET -> HttpStatus.BAD_REQUEST;
			case NOT_CLOSED, IN_PROGRESS, NO_SESSION, ENDED, QUORUM_NOT_REACHED, ENVELOPE_NOT_OPEN, ALREADY_OPENED,
					LATE_UNDECIDED, ALREADY_DECIDED, ADMISSIONS_PENDING, NOT_ADMITTED, APPLICATION_NOT_OPENED,
					OFFERS_STARTED, BACKUP_LATE, BACKUP_CASE_NOT_MET -> HttpStatus.CONFLICT;
		};
		var problem = problem(status, "Opening session refused",
				message("opening.session.refused." + refused.reason(), refused.arguments().toArray()), request);
		problem.setProperty("reason", refused.reason());
		return problem;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail noPiece(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", message("opening.session.noPiece"), request);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail unreadable(HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request cannot be read as JSON of the documented shape.",
				request);
	}

	/** 401 for a visitor who is not signed in, 403 for someone signed in without the role. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(HttpServletRequest request) {
		return ApiProblems.denied(request, "Sign in to use this API.", "Your roles do not allow this.");
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
