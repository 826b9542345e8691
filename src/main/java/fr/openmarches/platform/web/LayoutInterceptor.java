package fr.openmarches.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every rendered page what the layout needs: the current path (navigation state) and the
 * links that switch language while staying on the same page.
 */
class LayoutInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView() || view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
			return;
		}
		// On an error page, the links stay on the page that failed, not on /error.
		var failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var uri = failed != null ? failed : request.getRequestURI();
		var query = failed != null ? null : request.getQueryString();
		var path = uri.substring(request.getContextPath().length());
		view.addObject("currentPath", path);
		view.addObject("currentLanguage", RequestContextUtils.getLocale(request).getLanguage());
		for (var locale : WebConfiguration.SUPPORTED) {
			var link = UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam("lang", locale.getLanguage())
				.build()
				.toUriString();
			view.addObject("switchTo_" + locale.getLanguage(), link);
		}
	}
}
