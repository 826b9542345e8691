package fr.openmarches.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;
import org.junit.jupiter.api.Test;

/**
 * The client checks a groupement member's SIRET on the supplier's machine, before anything is sent:
 * it must accept exactly what the platform accepts (its own rules are a copy, the client depending
 * on no platform module but sealing), and read the members as people write them.
 */
class CliMembersTest {

	@Test
	void theClientAcceptsExactlyTheSiretsThePlatformAccepts() {
		var random = new Random(14);
		int accepted = 0;
		for (int i = 0; i < 20_000; i++) {
			var digits = new StringBuilder();
			// a third of La Poste's establishments, whose rule differs
			digits.append(i % 3 == 0 ? "356000000" : "");
			while (digits.length() < 14) {
				digits.append(random.nextInt(10));
			}
			var candidate = digits.toString();
			for (int last = 0; i % 2 == 0 && last < 10; last++) { // half of them made valid, if a last digit can
				if (platformAccepts(digits.substring(0, 13) + last)) {
					candidate = digits.substring(0, 13) + last;
				}
			}
			boolean platform = platformAccepts(candidate);
			assertThat(OpenMarchesCli.Options.validSiret(candidate)).as(candidate).isEqualTo(platform);
			accepted += platform ? 1 : 0;
		}
		assertThat(accepted).as("both kinds were tried").isBetween(1_000, 19_000);
		assertThat(OpenMarchesCli.Options.validSiret("35600000000048")).as("La Poste's head office").isTrue();
		assertThat(OpenMarchesCli.Options.validSiret("1234")).isFalse();
		assertThat(OpenMarchesCli.Options.validSiret("9123456750001A")).isFalse();
	}

	@Test
	void membersAreReadAsWrittenAndTheirSiretNormalised() throws Problem {
		var options = OpenMarchesCli.Options.parse(new String[] { "deposer", "--membre", "Charpentes Martin ; 912 345 675 00017",
				"--member", "98765432400027;Bureau d’études Lefèvre", "--membre", "Costruzioni Rossi SpA" });

		assertThat(options.members).containsExactly(
				new OpenMarchesCli.Options.Member("Charpentes Martin", "91234567500017"),
				new OpenMarchesCli.Options.Member("Bureau d’études Lefèvre", "98765432400027"),
				new OpenMarchesCli.Options.Member("Costruzioni Rossi SpA", null));
		assertThatThrownBy(() -> OpenMarchesCli.Options.parse(new String[] { "--membre", "A;91234567500017;B" }))
			.isInstanceOf(Problem.class).hasMessage("error.member-format");
		assertThatThrownBy(() -> OpenMarchesCli.Options.parse(new String[] { "--membre", " ;91234567500017" }))
			.isInstanceOf(Problem.class).hasMessage("error.member-name");
	}

	private static boolean platformAccepts(String siret) {
		try {
			new Siret(siret);
			return true;
		}
		catch (InvalidIdentifierException e) {
			return false;
		}
	}
}
