package fr.openmarches.platform;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The pieces every module's REST error advice is made of: an RFC 9457 problem detail naming the
 * request it answers, and the answer to a refused access — 401 for a visitor who is not signed in,
 * 403 for someone signed in without the role.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** 401 with {@code signIn} for an anonymous caller, 403 with {@code forbidden} for a signed-in one. */
	public static ProblemDetail denied(HttpServletRequest request, String signIn, String forbidden) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
		return anonymous ? problem(HttpStatus.UNAUTHORIZED, "Not signed in", signIn, request)
				: problem(HttpStatus.FORBIDDEN, "Forbidden", forbidden, request);
	}
}
