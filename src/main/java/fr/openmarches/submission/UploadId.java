package fr.openmarches.submission;

import java.util.Objects;
import java.util.UUID;

/** Identifies an upload of one (already encrypted) deposit file. */
public record UploadId(UUID value) {

	public UploadId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
