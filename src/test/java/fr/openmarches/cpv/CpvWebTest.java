package fr.openmarches.cpv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CpvWebTest {

	@LocalServerPort
	int port;

	@Test
	void thePickerSuggestsCodesForWhatIsTyped() {
		var page = new WebVisitor(port).get("/cpv/options?field=mainCpv&mainCpv=travaux+routiers");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<option value=\"45233140 — Travaux routiers\">");
		assertThat(page.body()).doesNotContain("<html");
	}

	@Test
	void thePickerSpeaksTheVisitorsLanguage() {
		var page = new WebVisitor(port).get("/cpv/options?field=cpv&cpv=roadworks&lang=en");

		assertThat(page.body()).contains("45233140 — Roadworks");
	}

	@Test
	void theApiSearchesAndDescribesCodes() {
		var visitor = new WebVisitor(port);

		var search = visitor.get("/api/v1/cpv?q=roadworks&lang=en", "Accept", "application/json");
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.body()).contains("{\"code\":\"45233140\",\"label\":\"Roadworks\",\"parent\":\"45233100\"}");

		var code = visitor.get("/api/v1/cpv/45233140", "Accept", "application/json");
		assertThat(code.body()).contains("\"lineage\":[{\"code\":\"45000000\"");

		assertThat(visitor.get("/api/v1/cpv/12345678", "Accept", "application/json").status()).isEqualTo(404);
		assertThat(visitor.get("/v3/api-docs", "Accept", "application/json").body()).contains("/api/v1/cpv/{code}");
	}
}
