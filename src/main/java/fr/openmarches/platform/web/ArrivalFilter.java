package fr.openmarches.platform.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.openmarches.platform.RequestArrival;

/** Notes when each request arrived ({@link RequestArrival}), before any other filter runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArrivalFilter extends OncePerRequestFilter {

	private final Clock clock;

	ArrivalFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestArrival.record(request, clock.instant());
		chain.doFilter(request, response);
	}
}
