package fr.openmarches.download;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One entry of the download register: who took which pieces of which consultation, and when.
 * Anonymous downloads keep no identity at all.
 */
@Entity
@Table(schema = "download", name = "download")
class Download {

	@Id
	private UUID id;

	@Column(name = "consultation_id", nullable = false)
	private UUID consultationId;

	@Column(name = "downloaded_at", nullable = false)
	private Instant downloadedAt;

	@Column(name = "account_id")
	private UUID accountId;

	@Column(nullable = false)
	private boolean identified;

	@Column(name = "given_name")
	private String givenName;

	@Column(name = "family_name")
	private String familyName;

	@Column(name = "company_name")
	private String companyName;

	private String email;

	/** Language of the person, for the mails they will receive. */
	@Column(nullable = false)
	private String language;

	@Column(name = "whole_dce", nullable = false)
	private boolean wholeDce;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "download", name = "downloaded_piece", joinColumns = @JoinColumn(name = "download_id"))
	@OrderColumn(name = "position")
	private List<Piece> pieces = new ArrayList<>();

	protected Download() {
	}

	Download(ConsultationId consultation, Instant at, Downloader who, AccountId account, boolean wholeDce,
			List<Piece> pieces) {
		if (pieces.isEmpty()) {
			throw new IllegalArgumentException("A download takes at least one piece");
		}
		this.id = UUID.randomUUID();
		this.consultationId = consultation.value();
		this.downloadedAt = at;
		this.accountId = account == null ? null : account.value();
		this.identified = who != null;
		if (who != null) {
			this.givenName = who.givenName();
			this.familyName = who.familyName();
			this.companyName = who.company();
			this.email = who.email();
		}
		this.language = who == null || who.locale() == null ? Locale.FRENCH.getLanguage() : who.locale().getLanguage();
		this.wholeDce = wholeDce;
		this.pieces = new ArrayList<>(pieces);
	}

	UUID id() {
		return id;
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	List<Piece> pieces() {
		return pieces;
	}

	DownloadView view() {
		var who = identified ? new Downloader(givenName, familyName, companyName, email, Locale.forLanguageTag(language))
				: null;
		return new DownloadView(id, consultation(), downloadedAt, who, accountId == null ? null : new AccountId(accountId),
				wholeDce, pieces.stream().map(Piece::view).toList());
	}

	/** A piece as it was when downloaded: its title and file name stay in the register. */
	@Embeddable
	static class Piece {

		@Column(name = "document_id", nullable = false)
		private UUID documentId;

		@Column(nullable = false)
		private String title;

		@Column(name = "file_name", nullable = false)
		private String fileName;

		@Column(name = "size_bytes", nullable = false)
		private long size;

		protected Piece() {
		}

		Piece(UUID documentId, String title, String fileName, long size) {
			this.documentId = documentId;
			this.title = title;
			this.fileName = fileName;
			this.size = size;
		}

		DownloadView.PieceView view() {
			return new DownloadView.PieceView(documentId, title, fileName, size);
		}
	}
}
