package fr.openmarches.opening.web;

import java.io.IOException;

import fr.openmarches.consultation.NoSuchConsultationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A consultation the buyer may not see, or that does not exist: the platform's « page not found », either way. */
@ControllerAdvice(assignableTypes = { CommissionPages.class, OpeningSessionPage.class })
class OpeningPageProblems {

	@ExceptionHandler(NoSuchConsultationException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
