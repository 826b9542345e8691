package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.LocalServices;
import fr.openmarches.MutableClock;
import fr.openmarches.company.CompanyLookup.Outcome;
import fr.openmarches.company.sirene.LocalInsee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lookup asks INSEE's register once per number for a while (its quota is small), asks again
 * when the register was unavailable, and reads a non-head-office establishment with its head office.
 */
@IntegrationTest
class CompanyLookupTest {

	final LocalInsee insee = LocalServices.insee();

	@Autowired
	CompanyLookup lookup;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAnswerIsReusedForTenMinutes() {
		var siret = Fixtures.uniqueSiret();
		insee.knows(CompanyFixtures.headOffice(siret, "ATELIERS DU LITTORAL"));
		int before = insee.requests();

		var first = lookup.lookUp(siret);
		var again = lookup.lookUp(siret);
		assertThat(again).isEqualTo(first).isInstanceOf(Outcome.Found.class);
		assertThat(insee.requests() - before).isEqualTo(1);

		clock.advance(Duration.ofMinutes(11));
		lookup.lookUp(siret);
		assertThat(insee.requests() - before).isEqualTo(2);
	}

	@Test
	void anUnavailableRegisterIsAskedAgain() {
		var siret = Fixtures.uniqueSiret();
		insee.answers(siret.value(), 500);
		int before = insee.requests();

		assertThat(lookup.lookUp(siret)).isInstanceOf(Outcome.Unavailable.class);
		insee.knows(CompanyFixtures.headOffice(siret, "REVENU"));
		assertThat(lookup.lookUp(siret)).isInstanceOfSatisfying(Outcome.Found.class,
				found -> assertThat(found.prefill().name()).isEqualTo("REVENU"));
		assertThat(insee.requests() - before).isEqualTo(2);
	}

	@Test
	void aSecondaryEstablishmentComesWithItsHeadOfficesAddress() {
		var siren = Fixtures.uniqueSiren();
		var headOffice = CompanyFixtures.siret(siren, "0001");
		var branch = CompanyFixtures.siret(siren, "0002");
		insee.knows(new LocalInsee.Establishment(branch.value(), "FONDERIE DU NORD", "24.51Z", "5599", "ETI", "2", "RUE",
				"DE LILLE", "59000", "LILLE", false, false));
		// The register names the head office of the company (its SIREN record), with its own address.
		insee.knows(CompanyFixtures.headOffice(headOffice, "FONDERIE DU NORD"));

		var found = (Outcome.Found) lookup.lookUp(branch);

		var prefill = found.prefill();
		assertThat(prefill.siret()).isEqualTo(branch);
		assertThat(prefill.headOffice()).isFalse();
		assertThat(prefill.headOfficeSiret()).isEqualTo(headOffice);
		assertThat(prefill.establishmentAddress()).isEqualTo(new Prefill.Place("2 RUE DE LILLE", "59000", "LILLE"));
		assertThat(prefill.address()).isEqualTo(new Prefill.Place("12 RUE DU PORT", "29200", "BREST"));
		assertThat(prefill.sme()).isFalse();
		assertThat(prefill.missing()).isEmpty();
	}
}
