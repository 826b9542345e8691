package fr.openmarches.company.sirene;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import fr.openmarches.company.sirene.SireneAnswer.Found;
import fr.openmarches.company.sirene.SireneAnswer.NotFound;
import fr.openmarches.company.sirene.SireneAnswer.Reason;
import fr.openmarches.company.sirene.SireneAnswer.Unavailable;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Asks INSEE's Sirene API 3.11 about a SIRET ({@code GET /siret/{siret}}) or a SIREN
 * ({@code GET /siren/{siren}}, then its head office). Never throws: an unreachable, slow or
 * refusing register is an {@link Unavailable} answer, and the person fills the form by hand.
 */
@Component
public class SireneClient {

	static final String KEY_HEADER = "X-INSEE-Api-Key-Integration";

	private static final Logger log = LoggerFactory.getLogger(SireneClient.class);

	private final SireneProperties properties;

	private final RestClient rest;

	public SireneClient(SireneProperties properties, RestClient.Builder builder) {
		this.properties = properties;
		var http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		var requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(properties.timeout());
		this.rest = builder.clone().baseUrl(properties.baseUrl().toString()).requestFactory(requests).build();
	}

	public SireneAnswer lookUp(Siret siret) {
		return ask("/siret/{number}", siret.value(), body -> SireneRecords.establishment(body.path("etablissement")));
	}

	/** The company, and its head office establishment (the register's SIREN record has no address). */
	public SireneAnswer lookUp(Siren siren) {
		var company = ask("/siren/{number}", siren.value(), body -> SireneRecords.headOfficeSiret(body.path("uniteLegale")));
		if (!(company instanceof Found found)) {
			return company;
		}
		var headOffice = lookUp(found.facts().siret());
		return headOffice instanceof NotFound ? company : headOffice;
	}

	private SireneAnswer ask(String path, String number, Reader reader) {
		if (!properties.configured()) {
			return new Unavailable(Reason.NOT_CONFIGURED);
		}
		try {
			return rest.get()
				.uri(path, number)
				.header(KEY_HEADER, properties.apiKey())
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (status == 404) {
						return new NotFound();
					}
					if (status == 429) {
						log.warn("Sirene API refused {}: too many requests", path);
						return new Unavailable(Reason.RATE_LIMITED);
					}
					if (status != 200) {
						log.warn("Sirene API answered {} to {}", status, path);
						return new Unavailable(Reason.FAILED);
					}
					var body = response.bodyTo(JsonNode.class);
					return body == null ? new Unavailable(Reason.FAILED)
							: reader.read(body).<SireneAnswer>map(Found::new).orElse(new Unavailable(Reason.FAILED));
				});
		}
		catch (ResourceAccessException e) {
			if (isTimeout(e)) {
				log.warn("Sirene API did not answer within {}", properties.timeout());
				return new Unavailable(Reason.TIMEOUT);
			}
			log.warn("Sirene API unreachable: {}", e.getMessage());
			return new Unavailable(Reason.FAILED);
		}
		catch (RuntimeException e) {
			log.warn("Sirene API answer unreadable: {}", e.getMessage());
			return new Unavailable(Reason.FAILED);
		}
	}

	private static boolean isTimeout(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return true;
			}
			if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains("timed out")) {
				return true;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface Reader {

		Optional<CompanyFacts> read(JsonNode body);
	}
}
