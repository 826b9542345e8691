package fr.openmarches.award.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import fr.openmarches.award.AnalysisRefusedException;
import fr.openmarches.award.CompanyMessages;
import fr.openmarches.consultation.NoSuchConsultationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Someone else's consultation or message, or none: the platform's « page not found »; no company: 403. */
@ControllerAdvice(assignableTypes = { AnalysisPages.class, CompanyMessagePages.class })
class AwardPageProblems {

	@ExceptionHandler({ NoSuchConsultationException.class, NoSuchElementException.class, AnalysisRefusedException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(CompanyMessages.NotACompanyMemberException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
