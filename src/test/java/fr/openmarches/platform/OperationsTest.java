package fr.openmarches.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators rely on: health, metrics, and the API description. */
@IntegrationTest
class OperationsTest {

	@LocalServerPort
	int port;

	@Test
	void healthReportsTheDatabaseAndTheProbes() {
		var visitor = new WebVisitor(port);

		assertThat(visitor.get("/actuator/health", "Accept", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(visitor.get("/actuator/health/readiness", "Accept", "application/json").status()).isEqualTo(200);
		assertThat(visitor.get("/actuator/health/liveness", "Accept", "application/json").status()).isEqualTo(200);
	}

	@Test
	void prometheusMetricsIncludeJvmHttpAndConnectionPool() {
		var visitor = new WebVisitor(port);
		visitor.get("/connexion");

		var metrics = visitor.get("/actuator/prometheus", "Accept", "text/plain");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds", "hikaricp_connections",
				"openmarches_mail_outbox_pending", "openmarches_mail_outbox_oldest_pending_seconds");
	}

	@Test
	void theRestApiIsDescribedInOpenApiWithAReadableUi() {
		var visitor = new WebVisitor(port);

		var description = visitor.get("/v3/api-docs", "Accept", "application/json");
		assertThat(description.status()).isEqualTo(200);
		assertThat(description.body()).contains("\"openapi\":\"3.", "\"title\":\"OpenMarchés API\"");

		var page = visitor.get("/api/docs");
		for (int redirects = 0; page.status() == 302 && redirects < 3; redirects++) {
			page = visitor.get(page.location());
		}
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}
}
