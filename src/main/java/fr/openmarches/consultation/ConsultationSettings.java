package fr.openmarches.consultation;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the module that operators may change while the platform runs, starting from
 * {@link ConsultationProperties}: today the largest document a buyer may attach.
 */
@Component
public class ConsultationSettings {

	private volatile DataSize maxDocumentSize;

	ConsultationSettings(ConsultationProperties properties) {
		this.maxDocumentSize = properties.maxDocumentSize();
	}

	public DataSize maxDocumentSize() {
		return maxDocumentSize;
	}

	/** Applies at once to every upload that starts afterwards. */
	public void changeMaxDocumentSize(DataSize size) {
		Objects.requireNonNull(size, "size");
		if (size.toBytes() < 1) {
			throw new IllegalArgumentException("A document size limit must allow at least one byte");
		}
		this.maxDocumentSize = size;
	}
}
