package fr.openmarches.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a DSFR pagination bar for a page of results: first, previous, a window of pages
 * around the current one with gaps, next, last. Links keep the request's other parameters; pages
 * count from 1 in URLs. Rendered by {@code ~{fragments/dsfr :: pagination(${pagination})}}.
 *
 * @param previous {@code null} on the first page
 * @param next {@code null} on the last page
 */
public record Pagination(int current, int total, String first, String previous, List<PageLink> pages, String next,
		String last) {

	private static final int AROUND = 2;

	/** A page number, or a gap ({@code number} 0) between numbers. */
	public record PageLink(int number, String href, boolean current) {

		public boolean gap() {
			return number == 0;
		}
	}

	public static Pagination of(Page<?> page, HttpServletRequest request) {
		var base = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
		int current = page.getNumber() + 1;
		int total = Math.max(1, page.getTotalPages());
		var pages = new ArrayList<PageLink>();
		for (int number = 1; number <= total; number++) {
			boolean shown = number == 1 || number == total || Math.abs(number - current) <= AROUND;
			if (shown) {
				pages.add(new PageLink(number, link(base, number), number == current));
			}
			else if (pages.isEmpty() || !pages.getLast().gap()) {
				pages.add(new PageLink(0, null, false));
			}
		}
		return new Pagination(current, total, link(base, 1), current > 1 ? link(base, current - 1) : null, pages,
				current < total ? link(base, current + 1) : null, link(base, total));
	}

	public boolean needed() {
		return total > 1;
	}

	private static String link(UriComponentsBuilder base, int number) {
		return base.cloneBuilder().replaceQueryParam("page", number).build().toUriString();
	}
}
