package fr.openmarches.award.web;

import static fr.openmarches.platform.ApiProblems.problem;

import java.util.NoSuchElementException;

import fr.openmarches.award.AnalysisRefusedException;
import fr.openmarches.award.CompanyMessages;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of the analysis and messages API as problem details, explained in the reader's language, with a {@code reason}. */
@RestControllerAdvice(assignableTypes = { AnalysisApi.class, CompanyMessagesApi.class, ContractApi.class, HolderContractApi.class })
class AwardApiProblems {

	private final MessageSource messages;

	AwardApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchConsultationException.class)
	ProblemDetail noConsultation(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", "No consultation of your purchasing entities has this id.", request);
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", message("award.notFound"), request);
	}

	@ExceptionHandler(CompanyMessages.NotACompanyMemberException.class)
	ProblemDetail notAMember(HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Company messages are for company members.", request);
	}

	@ExceptionHandler(AnalysisRefusedException.class)
	ProblemDetail refused(AnalysisRefusedException refused, HttpServletRequest request) {
		var status = switch (refused.reason()) {
			case NOT_OPENED, ALREADY_DECIDED, NOT_FIRST, CRITERIA_FIRST, NOT_AWARDED, CONTRACT_SIGNED, NOT_SIGNED_BY_HOLDER, NOT_A_REQUEST,
					STANDSTILL_RUNNING, ALREADY_CONCLUDED -> HttpStatus.CONFLICT;
			case NO_SUCH_LOT, NO_CONTRACT -> HttpStatus.NOT_FOUND;
			default -> HttpStatus.BAD_REQUEST;
		};
		var problem = problem(status, "Refused", message("award.refused." + refused.reason(), refused.arguments().toArray()), request);
		problem.setProperty("reason", refused.reason());
		return problem;
	}

	/** Two decisions on one lot at the same moment: the second loses on the database's key. */
	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail raced(HttpServletRequest request) {
		var problem = problem(HttpStatus.CONFLICT, "Refused", message("award.refused.ALREADY_DECIDED"), request);
		problem.setProperty("reason", AnalysisRefusedException.Reason.ALREADY_DECIDED);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestPartException.class })
	ProblemDetail unreadable(HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request cannot be read as JSON of the documented shape.", request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(HttpServletRequest request) {
		return ApiProblems.denied(request, "Sign in to use this API.", "Your roles do not allow this.");
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
