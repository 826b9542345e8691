package fr.openmarches.company.sirene;

/** What the Sirene register said about a SIREN or SIRET. */
public sealed interface SireneAnswer {

	/** The register knows the company (and establishment). */
	record Found(CompanyFacts facts) implements SireneAnswer {
	}

	/** The number is well formed but the register does not know it. */
	record NotFound() implements SireneAnswer {
	}

	/** The register could not be asked: the person fills the form by hand. */
	record Unavailable(Reason reason) implements SireneAnswer {
	}

	enum Reason {
		/** No API key is configured. */
		NOT_CONFIGURED,
		/** INSEE did not answer in time. */
		TIMEOUT,
		/** INSEE refused: too many requests (HTTP 429). */
		RATE_LIMITED,
		/** INSEE answered with an error, or something unreadable. */
		FAILED
	}
}
