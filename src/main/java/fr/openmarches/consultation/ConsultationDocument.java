package fr.openmarches.consultation;

import java.util.UUID;

import fr.openmarches.platform.BlobId;
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
 *
 * <p>Once the consultation is public a document is never deleted: a change (addendum) that
 * replaces or removes it marks it {@link #removedIn retired}, and the documents it adds say which
 * change brought them ({@link #addedIn}) and which one they replace.
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

	/** The number of the change that added it; {@code null} when it was there at publication. */
	@Column(name = "added_in")
	private Integer addedIn;

	/** The number of the change that replaced or removed it; {@code null} while it is current. */
	@Column(name = "removed_in")
	private Integer removedIn;

	/** The document this one replaced. */
	private UUID replaces;

	protected ConsultationDocument() {
	}

	static ConsultationDocument file(DocumentKind kind, int position, StoredFile file) {
		if (file.fileName() == null || file.fileName().isBlank() || file.mediaType() == null
				|| file.mediaType().isBlank()) {
			throw new IllegalArgumentException("A file needs a name and a media type");
		}
		var document = new ConsultationDocument(kind, position, file.titleOr(FileNames.title(file.fileName())));
		document.fileName = file.fileName().strip();
		document.mediaType = file.mediaType().strip();
		document.sizeBytes = file.blob().size();
		document.sha256 = file.blob().id().sha256();
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

	/**
	 * A new version of this document, brought by change {@code change}, under the same title
	 * unless the file comes with its own; this one retires.
	 */
	ConsultationDocument replaceBy(StoredFile file, int change) {
		var next = file(kind, position, new StoredFile(file.titleOr(title), file.fileName(), file.mediaType(), file.blob()));
		next.addedIn = change;
		next.replaces = id;
		retire(change);
		return next;
	}

	/** Marks a document brought by change {@code change}. */
	ConsultationDocument addedIn(int change) {
		this.addedIn = change;
		return this;
	}

	void retire(int change) {
		if (removedIn != null) {
			throw new IllegalStateException("Document " + id + " was already retired by change " + removedIn);
		}
		removedIn = change;
	}

	UUID id() {
		return id;
	}

	DocumentKind kind() {
		return kind;
	}

	int position() {
		return position;
	}

	boolean current() {
		return removedIn == null;
	}

	Integer addedIn() {
		return addedIn;
	}

	Integer removedIn() {
		return removedIn;
	}

	UUID replaces() {
		return replaces;
	}

	ConsultationDetails.DocumentView view() {
		return new ConsultationDetails.DocumentView(id, kind, title, fileName, mediaType, sizeBytes,
				sha256 == null ? null : new BlobId(sha256), howToObtain, addedIn, removedIn);
	}
}
