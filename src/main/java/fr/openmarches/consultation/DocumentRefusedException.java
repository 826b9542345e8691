package fr.openmarches.consultation;

import java.util.List;

/** A file that cannot become a document of a consultation, and why, for the buyer to read. */
public class DocumentRefusedException extends IllegalArgumentException {

	private final Reason reason;

	private final String fileName;

	private final long limit;

	DocumentRefusedException(Reason reason, String fileName, long limit) {
		super("File « " + fileName + " » refused: " + reason + (reason == Reason.TOO_LARGE ? " (over " + limit + " bytes)" : ""));
		this.reason = reason;
		this.fileName = fileName;
		this.limit = limit;
	}

	DocumentRefusedException(Reason reason, String fileName) {
		this(reason, fileName, 0);
	}

	public Reason reason() {
		return reason;
	}

	/** The file's name once cleaned (empty when nothing usable was left). */
	public String fileName() {
		return fileName;
	}

	/** The size limit in bytes, for {@link Reason#TOO_LARGE}. */
	public long limit() {
		return limit;
	}

	/**
	 * The explanation for {@code field}: its arguments are the file's name and, when too large, the
	 * limit in bytes (pages write it in ko/Mo).
	 */
	public Violation violation(String field) {
		return new Violation(field, "consultation.document." + reason.key,
				reason == Reason.TOO_LARGE ? List.of(fileName, limit) : List.of(fileName));
	}

	public enum Reason {

		/** No bytes at all: most likely a failed export or the wrong file. */
		EMPTY("empty"),

		/** Above the platform's limit ({@link ConsultationSettings#maxDocumentSize()}). */
		TOO_LARGE("tooLarge"),

		/** Nothing is left of the name once folders and control characters are dropped. */
		UNNAMED("unnamed");

		private final String key;

		Reason(String key) {
			this.key = key;
		}
	}
}
