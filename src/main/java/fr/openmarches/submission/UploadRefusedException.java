package fr.openmarches.submission;

/**
 * A request the upload cannot take, and why. {@link Reason#INVALID} requests are wrong in
 * themselves (bad size, hash or length: nothing was kept); {@link Reason#CONFLICT} ones clash with
 * the upload's state (a chunk missing, a different chunk already received, already complete…);
 * {@link Reason#STORAGE} ones found the platform's storage failing (full, read-only): nothing of
 * the request was kept, what was received before is intact, and the same request can be sent
 * again later.
 */
public class UploadRefusedException extends RuntimeException {

	public enum Reason {
		INVALID, CONFLICT, STORAGE
	}

	private final Reason reason;

	private final Integer chunk;

	UploadRefusedException(Reason reason, String message) {
		this(reason, message, null, null);
	}

	private UploadRefusedException(Reason reason, String message, Integer chunk, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.chunk = chunk;
	}

	static UploadRefusedException storage(Integer chunk, Throwable cause) {
		return new UploadRefusedException(Reason.STORAGE, "The platform cannot store "
				+ (chunk == null ? "the file" : "chunk " + chunk) + " now; what was received is kept, try again later", chunk,
				cause);
	}

	/** The chunk a {@link Reason#STORAGE} refusal is about; null for the whole file (completion). */
	public Integer chunk() {
		return chunk;
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
