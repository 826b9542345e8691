package fr.openmarches.consultation;

import java.util.UUID;

import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore.StoredBlob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document of a consultation: a file in the blob store (named by its SHA-256), or a piece that
 * is not dematerialised (plans on paper, samples) with how to obtain it. Part of the
 * {@link Consultation} aggregate.
 */
@Entity
@Table(schema = "consultation", name = "document")
class ConsultationDocument {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	private String sha256;

	@Column(name = "how_to_obtain")
	private String howToObtain;

	protected ConsultationDocument() {
	}

	static ConsultationDocument file(DocumentKind kind, int position, String title, String fileName, String mediaType,
			StoredBlob blob) {
		if (fileName == null || fileName.isBlank() || mediaType == null || mediaType.isBlank()) {
			throw new IllegalArgumentException("A file needs a name and a media type");
		}
		var document = new ConsultationDocument(kind, position, title);
		document.fileName = fileName.strip();
		document.mediaType = mediaType.strip();
		document.sizeBytes = blob.size();
		document.sha256 = blob.id().sha256();
		return document;
	}

	static ConsultationDocument onPaper(int position, String title, String howToObtain) {
		if (howToObtain == null || howToObtain.isBlank()) {
			throw new IllegalArgumentException("A piece that is not dematerialised says how to obtain it");
		}
		var document = new ConsultationDocument(DocumentKind.PIECE, position, title);
		document.howToObtain = howToObtain.strip();
		return document;
	}

	private ConsultationDocument(DocumentKind kind, int position, String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A document needs a title");
		}
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.position = position;
		this.title = title.strip();
	}

	DocumentKind kind() {
		return kind;
	}

	int position() {
		return position;
	}

	ConsultationDetails.DocumentView view() {
		return new ConsultationDetails.DocumentView(id, kind, title, fileName, mediaType, sizeBytes,
				sha256 == null ? null : new BlobId(sha256), howToObtain);
	}
}
