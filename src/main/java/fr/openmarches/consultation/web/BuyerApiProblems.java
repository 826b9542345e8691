package fr.openmarches.consultation.web;

import static fr.openmarches.platform.ApiProblems.problem;

import java.util.List;

import fr.openmarches.consultation.DeadlinePassedException;
import fr.openmarches.consultation.DocumentRefusedException;
import fr.openmarches.consultation.IllegalTransitionException;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.consultation.PublicationRefusedException;
import fr.openmarches.consultation.Violation;
import fr.openmarches.consultation.web.BuyerResources.FieldProblem;
import fr.openmarches.consultation.web.BuyerResources.RequirementResource;
import fr.openmarches.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the buyer API as RFC 9457 problem details, explained in the reader's language: 404
 * for a consultation the buyer may not see, 400 with every field at fault, 409 when the state does
 * not allow the action (with what is missing for a publication), 413 for a file over the limit.
 */
@RestControllerAdvice(assignableTypes = BuyerConsultationApi.class)
class BuyerApiProblems {

	private final MessageSource messages;

	private final ConsultationFormats formats;

	BuyerApiProblems(MessageSource messages, ConsultationFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	@ExceptionHandler(NoSuchConsultationException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", "No consultation of your purchasing entities has this id.",
				request);
	}

	@ExceptionHandler(InvalidConsultationException.class)
	ProblemDetail invalid(InvalidConsultationException invalid, HttpServletRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "Invalid consultation",
				"Some fields are wrong: see 'errors'.", request);
		problem.setProperty("errors", fields(invalid.violations()));
		return problem;
	}

	@ExceptionHandler(DocumentRefusedException.class)
	ProblemDetail refused(DocumentRefusedException refused, HttpServletRequest request) {
		var status = refused.reason() == DocumentRefusedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		var violation = formats.readable(refused.violation("file"));
		var problem = problem(status, "File refused", text(violation), request);
		problem.setProperty("errors", fields(List.of(violation)));
		return problem;
	}

	@ExceptionHandler(PublicationRefusedException.class)
	ProblemDetail incomplete(PublicationRefusedException refused, HttpServletRequest request) {
		var problem = problem(HttpStatus.CONFLICT, "Not ready to be published",
				"The draft still misses something: see 'missing'.", request);
		problem.setProperty("missing", refused.missing()
			.stream()
			.map(r -> new RequirementResource(r, messages.getMessage("consultation.requirement." + r.name(), null,
					LocaleContextHolder.getLocale())))
			.toList());
		return problem;
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ProblemDetail illegal(IllegalTransitionException illegal, HttpServletRequest request) {
		var problem = problem(HttpStatus.CONFLICT, "Not allowed in this state",
				"The consultation is " + illegal.state() + ": this action is not possible.", request);
		problem.setProperty("state", illegal.state());
		return problem;
	}

	@ExceptionHandler(DeadlinePassedException.class)
	ProblemDetail tooLate(HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Too late", "The deposit deadline has passed: nothing changes any more.",
				request);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ProblemDetail unreadable(Exception unreadable, HttpServletRequest request) {
		var detail = switch (unreadable) {
			case MethodArgumentTypeMismatchException mismatch -> "Parameter '" + mismatch.getName() + "' has an invalid value.";
			case MissingServletRequestParameterException missing -> "Parameter '" + missing.getParameterName() + "' is required.";
			case MissingServletRequestPartException missing -> "Part '" + missing.getRequestPartName() + "' is required.";
			default -> "The request body cannot be read as JSON of the documented shape.";
		};
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, request);
	}

	/** 401 for a visitor who is not signed in, 403 for someone signed in who is not a buyer. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(HttpServletRequest request) {
		return ApiProblems.denied(request, "Sign in as a buyer to use this API.", "Only buyers and entity administrators use this API.");
	}

	private List<FieldProblem> fields(List<Violation> violations) {
		return violations.stream().map(v -> new FieldProblem(v.field(), text(v))).toList();
	}

	private String text(Violation violation) {
		return messages.getMessage(violation.messageKey(), violation.arguments().toArray(),
				LocaleContextHolder.getLocale());
	}

}
