package fr.openmarches.cli;

/** A reason to stop, with its message (a key of the client's bundle) and the exit status it means. */
final class Problem extends Exception {

	static final int USAGE = 1;

	static final int AUTH = 2;

	static final int REFUSED = 3;

	static final int NETWORK = 4;

	static final int FAILED = 5;

	/** {@code verifier-recu}: a check failed — the proof does not hold. */
	static final int UNPROVEN = 6;

	/** {@code verifier-recu}: nothing failed, but no timestamped head covers the entry yet. */
	static final int PENDING = 7;

	private final int exitStatus;

	private final String key;

	private final transient Object[] arguments;

	Problem(int exitStatus, String key, Object... arguments) {
		super(key);
		this.exitStatus = exitStatus;
		this.key = key;
		this.arguments = arguments;
	}

	int exitStatus() {
		return exitStatus;
	}

	String key() {
		return key;
	}

	Object[] arguments() {
		return arguments;
	}
}
