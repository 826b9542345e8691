package fr.openmarches.vault;

/** An upload the vault refuses; {@link #messageKey()} explains why, {@code {0}} being the size limit in MB. */
public class VaultRejectedException extends RuntimeException {

	public enum Reason {
		EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, TITLE, DATES
	}

	private final Reason reason;

	public VaultRejectedException(Reason reason) {
		super("Vault upload refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "vault.error." + reason.name();
	}
}
