package fr.openmarches.submission;

/**
 * A request the upload cannot take, and why. {@link Reason#INVALID} requests are wrong in
 * themselves (bad size, hash or length: nothing was kept); {@link Reason#CONFLICT} ones clash with
 * the upload's state (a chunk missing, a different chunk already received, already complete…).
 */
public class UploadRefusedException extends RuntimeException {

	public enum Reason {
		INVALID, CONFLICT
	}

	private final Reason reason;

	UploadRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	static UploadRefusedException invalid(String message) {
		return new UploadRefusedException(Reason.INVALID, message);
	}

	static UploadRefusedException conflict(String message) {
		return new UploadRefusedException(Reason.CONFLICT, message);
	}

	public Reason reason() {
		return reason;
	}
}
