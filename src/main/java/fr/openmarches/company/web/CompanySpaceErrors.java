package fr.openmarches.company.web;

import java.io.IOException;

import fr.openmarches.company.AdministratorsOnlyException;
import fr.openmarches.company.NoCompanyException;
import fr.openmarches.company.NotInCompanyException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the company space's pages answer when the person may not do what they ask: the platform's
 * 403 page for a simple member asking an administrator's page, its 404 page for ids that are not
 * of their company (whoever else's they are), and the way to join a company for someone who
 * belongs to none.
 */
@ControllerAdvice(assignableTypes = { CompanySpacePages.class, CollaboratorPages.class, FichePages.class,
		ProductPages.class })
class CompanySpaceErrors {

	@ExceptionHandler(AdministratorsOnlyException.class)
	void administratorsOnly(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(NotInCompanyException.class)
	void notInCompany(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(NoCompanyException.class)
	String noCompany() {
		return "redirect:" + Journey.JOIN.start();
	}
}
