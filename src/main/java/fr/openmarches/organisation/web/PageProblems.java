package fr.openmarches.organisation.web;

import java.io.IOException;

import fr.openmarches.organisation.AdministratorsOnlyException;
import fr.openmarches.organisation.UnknownIdException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the organisation pages answer ids they cannot show: the platform's error pages, 404 for an
 * id that is unknown or belongs to an entity the person does not act for (the same answer, so ids
 * reveal nothing), 403 for an agent who is not an administrator.
 */
@ControllerAdvice(assignableTypes = { AdminOrganisationPages.class, AdminEntityPages.class, BuyerSpacePage.class,
		EntityAdministrationPages.class, AgentPages.class, AdminPortalPages.class })
class PageProblems {

	@ExceptionHandler({ UnknownIdException.class, MethodArgumentTypeMismatchException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(AdministratorsOnlyException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
