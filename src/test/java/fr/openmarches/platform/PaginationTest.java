package fr.openmarches.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;

/** The pagination bar: a window around the current page, gaps, and links keeping the filters. */
class PaginationTest {

	@Test
	void aLongListShowsTheEndsAndAWindowAroundTheCurrentPage() {
		var pagination = Pagination.of(new PageImpl<>(List.of(), PageRequest.of(9, 20), 400), request("q=toit&page=10"));

		assertThat(pagination.current()).isEqualTo(10);
		assertThat(pagination.total()).isEqualTo(20);
		assertThat(pagination.pages()).extracting(Pagination.PageLink::number)
			.containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(pagination.previous()).isEqualTo("/consultations?q=toit&page=9");
		assertThat(pagination.next()).isEqualTo("/consultations?q=toit&page=11");
		assertThat(pagination.first()).isEqualTo("/consultations?q=toit&page=1");
		assertThat(pagination.last()).isEqualTo("/consultations?q=toit&page=20");
		assertThat(pagination.pages()).filteredOn(Pagination.PageLink::current)
			.extracting(Pagination.PageLink::number)
			.containsExactly(10);
	}

	@Test
	void theFirstPageHasNoPreviousAndASinglePageNeedsNoBar() {
		var first = Pagination.of(new PageImpl<>(List.of(), PageRequest.of(0, 20), 45), request("state=ALL"));
		assertThat(first.previous()).isNull();
		assertThat(first.next()).isEqualTo("/consultations?state=ALL&page=2");
		assertThat(first.pages()).extracting(Pagination.PageLink::number).containsExactly(1, 2, 3);
		assertThat(first.needed()).isTrue();

		var single = Pagination.of(new PageImpl<>(List.of("one"), PageRequest.of(0, 20), 1), request(null));
		assertThat(single.needed()).isFalse();
		assertThat(single.next()).isNull();
	}

	private static MockHttpServletRequest request(String query) {
		var request = new MockHttpServletRequest("GET", "/consultations");
		request.setQueryString(query);
		return request;
	}
}
