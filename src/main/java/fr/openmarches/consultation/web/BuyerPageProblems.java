package fr.openmarches.consultation.web;

import java.io.IOException;

import fr.openmarches.consultation.NoSuchConsultationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The buyer's pages answer a consultation they may not see, or that does not exist, with the
 * platform's « page not found » (the same answer either way: ids tell nothing).
 */
@ControllerAdvice(assignableTypes = { BuyerConsultationPages.class, BuyerDocumentPages.class,
		BuyerPublicationPages.class })
class BuyerPageProblems {

	@ExceptionHandler(NoSuchConsultationException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
