package fr.openmarches.identity;

/**
 * What a password must be. Length is what resists guessing (CNIL, recommendation of 2022: at
 * least 12 characters with mixed kinds, or longer passphrases); we ask for 12 characters and
 * letters and something else, and check nothing more so that passphrases stay easy.
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 256;

	private PasswordPolicy() {
	}

	public static boolean accepts(String password) {
		if (password == null || password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH) {
			return false;
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
		return letter && other;
	}
}
