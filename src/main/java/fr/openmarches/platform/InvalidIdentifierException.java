package fr.openmarches.platform;

/**
 * A SIREN or SIRET that cannot be right. {@link #messageKey()} names the translated explanation
 * to show next to the field.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

	private final Problem problem;

	public InvalidIdentifierException(Problem problem) {
		super(problem.name());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	public String messageKey() {
		return problem.messageKey;
	}

	/** What is wrong with the number typed. */
	public enum Problem {

		/** Nothing typed. */
		SIREN_EMPTY("platform.identifier.siren.empty"),
		/** Letters or signs among the digits. */
		SIREN_NOT_DIGITS("platform.identifier.siren.notDigits"),
		/** Not 9 digits. */
		SIREN_LENGTH("platform.identifier.siren.length"),
		/** The check digit does not match: a digit is mistyped or two are swapped. */
		SIREN_CHECKSUM("platform.identifier.siren.checksum"),
		SIRET_EMPTY("platform.identifier.siret.empty"),
		SIRET_NOT_DIGITS("platform.identifier.siret.notDigits"),
		/** Not 14 digits (9 of the SIREN and 5 of the establishment). */
		SIRET_LENGTH("platform.identifier.siret.length"),
		SIRET_CHECKSUM("platform.identifier.siret.checksum");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}
	}
}
