package fr.openmarches.company;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import fr.openmarches.company.sirene.CompanyFacts;
import fr.openmarches.company.sirene.SireneAnswer;
import fr.openmarches.company.sirene.SireneClient;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.springframework.stereotype.Service;

/**
 * Asks the Sirene register what it knows of a SIRET or SIREN, as a {@link Prefill} for the
 * sign-up form. Never throws: a register that cannot be asked is {@link Outcome.Unavailable},
 * and the person fills the form by hand. Answers are reused for a while
 * ({@code openmarches.company.lookup-memory}): a sign-up asks about the same number several times,
 * and INSEE counts every request against a small quota.
 */
@Service
public class CompanyLookup {

	/** Beyond this many numbers remembered, the expired answers are forgotten (all of them if none is). */
	static final int MEMORY_SIZE = 10_000;

	private final SireneClient sirene;

	private final Duration memory;

	private final Clock clock;

	private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

	CompanyLookup(SireneClient sirene, CompanyProperties properties, Clock clock) {
		this.sirene = sirene;
		this.memory = properties.lookupMemory();
		this.clock = clock;
	}

	private record Remembered(Outcome outcome, Instant until) {
	}

	/** What the register says. */
	public sealed interface Outcome {

		record Found(Prefill prefill) implements Outcome {
		}

		/** The number is well formed but the register does not know it. */
		record NotFound() implements Outcome {
		}

		/** The register could not be asked (not configured, too slow, refusing, failing). */
		record Unavailable(SireneAnswer.Reason reason) implements Outcome {
		}
	}

	/**
	 * An establishment; when it is not the head office, the head office is asked too, for the
	 * company's address.
	 */
	public Outcome lookUp(Siret siret) {
		return remembered(siret.value(), () -> ask(siret));
	}

	/** A company and its head office. */
	public Outcome lookUp(Siren siren) {
		return remembered(siren.value(), () -> ask(siren));
	}

	/** The answer given lately for this number, or the register's; an unavailable register is not remembered. */
	private Outcome remembered(String number, Supplier<Outcome> ask) {
		var now = clock.instant();
		var known = recent.get(number);
		if (known != null && known.until().isAfter(now)) {
			return known.outcome();
		}
		var outcome = ask.get();
		if (!(outcome instanceof Outcome.Unavailable)) {
			if (recent.size() >= MEMORY_SIZE) {
				recent.values().removeIf(remembered -> !remembered.until().isAfter(now));
				if (recent.size() >= MEMORY_SIZE) {
					recent.clear();
				}
			}
			recent.put(number, new Remembered(outcome, now.plus(memory)));
		}
		return outcome;
	}

	private Outcome ask(Siret siret) {
		return switch (sirene.lookUp(siret)) {
			case SireneAnswer.Found(var facts) when facts.headOffice() -> new Outcome.Found(prefill(facts, facts));
			case SireneAnswer.Found(var facts) -> {
				var headOffice = sirene.lookUp(facts.siren()) instanceof SireneAnswer.Found(var found) ? found : null;
				yield new Outcome.Found(prefill(facts, headOffice));
			}
			case SireneAnswer.NotFound() -> new Outcome.NotFound();
			case SireneAnswer.Unavailable(var reason) -> new Outcome.Unavailable(reason);
		};
	}

	private Outcome ask(Siren siren) {
		return switch (sirene.lookUp(siren)) {
			case SireneAnswer.Found(var facts) -> new Outcome.Found(prefill(facts, facts));
			case SireneAnswer.NotFound() -> new Outcome.NotFound();
			case SireneAnswer.Unavailable(var reason) -> new Outcome.Unavailable(reason);
		};
	}

	/** {@code headOffice} is null when it could not be read. */
	private static Prefill prefill(CompanyFacts establishment, CompanyFacts headOffice) {
		return new Prefill(establishment.siren(), establishment.siret(), establishment.headOffice(),
				headOffice == null ? null : headOffice.siret(), establishment.name(),
				apeCode(establishment.nafCode()), legalForm(establishment.legalFormCode()), establishment.sme(),
				establishment.category(), headOffice == null ? Prefill.Place.UNKNOWN : place(headOffice.address()),
				place(establishment.address()), establishment.partiallyDiffused(), establishment.active());
	}

	/** Only codes of the current nomenclature's shape: older ones are for the person to correct. */
	private static String apeCode(String code) {
		return code != null && Company.APE_CODE.matcher(code).matches() ? code : null;
	}

	private static String legalForm(String code) {
		return LegalForm.isInseeCode(code) ? code : null;
	}

	/** Addresses abroad are left for the person to type, since our addresses are French here. */
	private static Prefill.Place place(CompanyFacts.Address address) {
		if (address == null || address.country() != null) {
			return Prefill.Place.UNKNOWN;
		}
		var street = address.street();
		if (street != null && address.complement() != null) {
			street = address.complement() + ", " + street;
		}
		return new Prefill.Place(street, address.postalCode(), address.city());
	}
}
