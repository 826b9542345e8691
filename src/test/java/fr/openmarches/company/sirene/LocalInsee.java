package fr.openmarches.company.sirene;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on localhost that answers like INSEE's Sirene API 3.11, scripted per number:
 * a record, an error status, or silence longer than the client waits. Unknown numbers get 404,
 * requests without the API key 401, as the real API does.
 */
public final class LocalInsee implements AutoCloseable {

	public static final String API_KEY = "local-insee-test-key";

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	public LocalInsee() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::answer);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public int requests() {
		return requests.get();
	}

	/** {@code GET /siret/{siret}} answers this establishment record. */
	public LocalInsee knows(Establishment establishment) {
		answers.put(establishment.siret(), new Answer(200, establishment.json(), Duration.ZERO));
		answers.put(establishment.siret().substring(0, 9), new Answer(200, establishment.unitJson(), Duration.ZERO));
		return this;
	}

	/** Requests about {@code number} (SIREN or SIRET) get this HTTP status. */
	public LocalInsee answers(String number, int status) {
		answers.put(number, new Answer(status, "{\"header\":{\"statut\":" + status + ",\"message\":\"Erreur\"}}", Duration.ZERO));
		return this;
	}

	/** Requests about {@code number} are answered only after {@code delay}. */
	public LocalInsee answersAfter(String number, Duration delay) {
		var known = answers.getOrDefault(number, new Answer(404, notFound(number), Duration.ZERO));
		answers.put(number, new Answer(known.status(), known.body(), delay));
		return this;
	}

	public void forget(String number) {
		answers.remove(number);
	}

	private void answer(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		try (exchange) {
			var path = exchange.getRequestURI().getPath();
			var number = path.substring(path.lastIndexOf('/') + 1);
			Answer answer;
			if (!API_KEY.equals(exchange.getRequestHeaders().getFirst(SireneClient.KEY_HEADER))) {
				answer = new Answer(401, "{\"message\":\"Invalid API key\"}", Duration.ZERO);
			}
			else if (!path.startsWith("/siret/") && !path.startsWith("/siren/")) {
				answer = new Answer(404, notFound(number), Duration.ZERO);
			}
			else {
				answer = answers.getOrDefault(number, new Answer(404, notFound(number), Duration.ZERO));
			}
			if (!answer.delay().isZero()) {
				Thread.sleep(answer.delay());
			}
			var body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// the client gave up waiting: nothing to answer to
		}
	}

	private static String notFound(String number) {
		return "{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé pour " + number + "\"}}";
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private record Answer(int status, String body, Duration delay) {
	}

	/**
	 * An establishment as the register publishes it. {@code partiallyDiffused}: the person asked
	 * for partial diffusion, the register withholds their name and address ({@code [ND]}).
	 */
	public record Establishment(String siret, String name, String naf, String legalForm, String category,
			String streetNumber, String streetType, String street, String postalCode, String city, boolean headOffice,
			boolean partiallyDiffused) {

		String json() {
			var withheld = partiallyDiffused;
			return """
					{"header":{"statut":200,"message":"ok"},
					 "etablissement":{"siren":"%s","nic":"%s","siret":"%s","statutDiffusionEtablissement":"%s",
					  "etablissementSiege":%s,
					  "uniteLegale":{"etatAdministratifUniteLegale":"A","statutDiffusionUniteLegale":"%s",
					   "categorieEntreprise":%s,"denominationUniteLegale":%s,"nomUniteLegale":%s,"prenomUsuelUniteLegale":%s,
					   "categorieJuridiqueUniteLegale":"%s","activitePrincipaleUniteLegale":"%s"},
					  "adresseEtablissement":{"numeroVoieEtablissement":%s,"indiceRepetitionEtablissement":null,
					   "typeVoieEtablissement":%s,"libelleVoieEtablissement":%s,"complementAdresseEtablissement":null,
					   "codePostalEtablissement":"%s","libelleCommuneEtablissement":"%s"},
					  "periodesEtablissement":[{"dateFin":null,"etatAdministratifEtablissement":"A"}]}}
					""".formatted(siret.substring(0, 9), siret.substring(9), siret, withheld ? "P" : "O", headOffice,
					withheld ? "P" : "O", quoted(category), withheld ? "null" : quoted(name),
					withheld ? "\"[ND]\"" : "null", withheld ? "\"[ND]\"" : "null", legalForm, naf,
					withheld ? "\"[ND]\"" : quoted(streetNumber), withheld ? "\"[ND]\"" : quoted(streetType),
					withheld ? "\"[ND]\"" : quoted(street), postalCode, city);
		}

		String unitJson() {
			return """
					{"header":{"statut":200,"message":"ok"},
					 "uniteLegale":{"siren":"%s","statutDiffusionUniteLegale":"%s","categorieEntreprise":%s,
					  "periodesUniteLegale":[{"dateFin":null,"etatAdministratifUniteLegale":"A","denominationUniteLegale":%s,
					   "categorieJuridiqueUniteLegale":"%s","activitePrincipaleUniteLegale":"%s","nicSiegeUniteLegale":"%s"}]}}
					""".formatted(siret.substring(0, 9), partiallyDiffused ? "P" : "O", quoted(category),
					partiallyDiffused ? "null" : quoted(name), legalForm, naf, siret.substring(9));
		}

		private static String quoted(String value) {
			return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
		}
	}
}
