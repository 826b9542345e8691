package fr.openmarches.company.sirene;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import fr.openmarches.company.sirene.LocalInsee.Establishment;
import fr.openmarches.company.sirene.SireneAnswer.Found;
import fr.openmarches.company.sirene.SireneAnswer.NotFound;
import fr.openmarches.company.sirene.SireneAnswer.Reason;
import fr.openmarches.company.sirene.SireneAnswer.Unavailable;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The Sirene client against a real HTTP server answering like INSEE's API 3.11. */
class SireneClientTest {

	static final LocalInsee insee = new LocalInsee()
		.knows(new Establishment("73282932000074", "ATELIERS DU LITTORAL", "33.12Z", "5710", "PME", "12", "RUE",
				"DU PORT", "29200", "BREST", true, false))
		.knows(new Establishment("44306184100047", null, "62.01Z", "1000", null, null, null, null, "75011", "PARIS",
				true, true))
		.answers("55210055400013", 429)
		.answers("54205118000066", 500)
		.answersAfter("35600000049837", Duration.ofSeconds(3));

	final SireneClient client = client(LocalInsee.API_KEY, Duration.ofMillis(800));

	@AfterAll
	static void stop() {
		insee.close();
	}

	@Test
	void aKnownSiretPrefillsTheCompany() {
		var answer = client.lookUp(Siret.parse("732 829 320 00074"));

		assertThat(answer).isInstanceOfSatisfying(Found.class, found -> {
			var facts = found.facts();
			assertThat(facts.name()).isEqualTo("ATELIERS DU LITTORAL");
			assertThat(facts.siren()).isEqualTo(new Siren("732829320"));
			assertThat(facts.nafCode()).isEqualTo("33.12Z");
			assertThat(facts.legalFormCode()).isEqualTo("5710");
			assertThat(facts.sme()).isTrue();
			assertThat(facts.headOffice()).isTrue();
			assertThat(facts.partiallyDiffused()).isFalse();
			assertThat(facts.address()).isEqualTo(new CompanyFacts.Address("12 RUE DU PORT", null, "29200", "BREST", null));
		});
	}

	@Test
	void aSirenFindsTheCompanyAndItsHeadOffice() {
		var answer = client.lookUp(Siren.parse("732829320"));

		assertThat(answer).isInstanceOfSatisfying(Found.class, found -> {
			assertThat(found.facts().siret()).isEqualTo(new Siret("73282932000074"));
			assertThat(found.facts().address().city()).isEqualTo("BREST");
		});
	}

	@Test
	void anUnknownNumberIsNotFound() {
		assertThat(client.lookUp(Siret.parse("83024525400016"))).isInstanceOf(NotFound.class);
		assertThat(client.lookUp(Siren.parse("830245254"))).isInstanceOf(NotFound.class);
	}

	@Test
	void partialDiffusionGivesWhatIsPublicAndSaysTheRestIsWithheld() {
		var answer = client.lookUp(Siret.parse("44306184100047"));

		assertThat(answer).isInstanceOfSatisfying(Found.class, found -> {
			var facts = found.facts();
			assertThat(facts.partiallyDiffused()).isTrue();
			assertThat(facts.name()).isNull();
			assertThat(facts.address().street()).isNull();
			assertThat(facts.address().postalCode()).isEqualTo("75011");
			assertThat(facts.nafCode()).isEqualTo("62.01Z");
			assertThat(facts.sme()).isNull();
		});
	}

	@Test
	void tooManyRequestsIsUnavailable() {
		assertThat(client.lookUp(Siret.parse("55210055400013"))).isEqualTo(new Unavailable(Reason.RATE_LIMITED));
	}

	@Test
	void aServerErrorIsUnavailable() {
		assertThat(client.lookUp(Siret.parse("54205118000066"))).isEqualTo(new Unavailable(Reason.FAILED));
	}

	@Test
	void aSlowRegisterIsUnavailableAfterTheTimeout() {
		assertThat(client.lookUp(Siret.parse("35600000049837"))).isEqualTo(new Unavailable(Reason.TIMEOUT));
	}

	@Test
	void withoutAnApiKeyNothingIsAskedAndTheFormIsFilledByHand() {
		int before = insee.requests();

		assertThat(client(null, Duration.ofSeconds(1)).lookUp(Siret.parse("73282932000074")))
			.isEqualTo(new Unavailable(Reason.NOT_CONFIGURED));
		assertThat(insee.requests()).isEqualTo(before);
	}

	@Test
	void aRefusedKeyIsUnavailable() {
		assertThat(client("wrong-key", Duration.ofSeconds(1)).lookUp(Siret.parse("73282932000074")))
			.isEqualTo(new Unavailable(Reason.FAILED));
	}

	@Test
	void anUnreachableRegisterIsUnavailable() {
		var nowhere = new SireneClient(new SireneProperties(URI.create("http://127.0.0.1:9"), LocalInsee.API_KEY,
				Duration.ofSeconds(1)), RestClient.builder());

		assertThat(nowhere.lookUp(Siret.parse("73282932000074"))).isInstanceOf(Unavailable.class);
	}

	private static SireneClient client(String key, Duration timeout) {
		return new SireneClient(new SireneProperties(URI.create(insee.baseUrl()), key, timeout), RestClient.builder());
	}
}
