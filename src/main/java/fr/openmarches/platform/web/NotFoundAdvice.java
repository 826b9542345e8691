package fr.openmarches.platform.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A lookup that finds nothing ({@code Optional.orElseThrow()} on an id from the request, or an id
 * of something the person may not reach) is a 404: the friendly page for browsers, problem details
 * for API clients.
 */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
