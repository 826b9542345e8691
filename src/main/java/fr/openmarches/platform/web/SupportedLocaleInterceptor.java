package fr.openmarches.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} change the locale only to a language the platform is translated into. */
class SupportedLocaleInterceptor implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;

	SupportedLocaleInterceptor(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var lang = request.getParameter(delegate.getParamName());
		if (lang == null || WebConfiguration.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
			return true;
		}
		return delegate.preHandle(request, response, handler);
	}
}
