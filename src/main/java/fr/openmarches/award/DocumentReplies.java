package fr.openmarches.award;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.award.AnalysisRefusedException.Reason;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.platform.SafeFileNames;

/**
 * The answers to requests for missing documents, through the platform both ways: a member of the
 * company asked answers on the request's page with a text and files (up to {@value #MAX_FILES}, each
 * kept in the blob store), as many times as needed; an answer after the deadline is kept and flagged
 * late. The buyer who asked gets a mail; the consultation's buyers read the answers and download the
 * files from the analysis. Another company's request, or another entity's consultation: not found.
 */
@Service
@Transactional
public class DocumentReplies {

	public static final int MAX_FILES = 20;

	static final int MAX_TEXT = 4000;

	private final CompanyMessages companyMessages;

	private final Analysis analysis;

	private final BlobStore blobs;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final AccountService accounts;

	private final PlatformProperties platform;

	private final Clock clock;

	DocumentReplies(CompanyMessages companyMessages, Analysis analysis, BlobStore blobs, JdbcClient jdbc,
			Mailer mailer, AccountService accounts, PlatformProperties platform, Clock clock) {
		this.companyMessages = companyMessages;
		this.analysis = analysis;
		this.blobs = blobs;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.accounts = accounts;
		this.platform = platform;
		this.clock = clock;
	}

	/** A file to send: its name as given, its media type and its bytes, read once. */
	public record Upload(String fileName, String mediaType, InputStream content) {
	}

	/**
	 * Answers a request for documents of the member's company.
	 * @throws NoSuchElementException when the message is not the company's
	 * @throws AnalysisRefusedException {@code NOT_A_REQUEST} for another kind of message, {@code EMPTY_REPLY}
	 *         without text nor file, {@code TOO_MANY_FILES}, {@code TOO_LONG}
	 */
	public DocumentReply reply(AccountId member, UUID message, String text, List<Upload> files) {
		var request = companyMessages.open(member, message);
		if (request.kind() != MessageKind.DOCUMENT_REQUEST) {
			throw new AnalysisRefusedException(Reason.NOT_A_REQUEST);
		}
		var body = text == null || text.isBlank() ? null : text.strip();
		if (body != null && body.length() > MAX_TEXT) {
			throw new AnalysisRefusedException(Reason.TOO_LONG, MAX_TEXT);
		}
		if (files.size() > MAX_FILES) {
			throw new AnalysisRefusedException(Reason.TOO_MANY_FILES, MAX_FILES);
		}
		if (body == null && files.isEmpty()) {
			throw new AnalysisRefusedException(Reason.EMPTY_REPLY);
		}
		var stored = new ArrayList<DocumentReply.File>();
		for (var file : files) {
			try (var content = file.content()) {
				var blob = blobs.put(content);
				if (blob.size() == 0) {
					throw new AnalysisRefusedException(Reason.EMPTY_REPLY);
				}
				stored.add(new DocumentReply.File(stored.size(), SafeFileNames.of(file.fileName(), "piece-" + (stored.size() + 1)),
						file.mediaType() == null || file.mediaType().isBlank() ? "application/octet-stream" : file.mediaType(),
						blob.size(), blob.id().sha256()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		var late = request.replyBy() != null && now.isAfter(request.replyBy());
		jdbc.sql("insert into award.document_reply (id, message_id, text, late, sent_by, sent_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, message, body, late, member.value(), Timestamp.from(now))
			.update();
		for (var file : stored) {
			jdbc.sql("""
					insert into award.document_reply_file (reply_id, position, file_name, media_type, size, sha256)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, file.position(), file.fileName(), file.mediaType(), file.size(), file.sha256())
				.update();
		}
		mailBuyer(request, late);
		return find(id).orElseThrow();
	}

	/** The answers to the company's own request, for its members; reading them opens the request. */
	public List<DocumentReply> ofRequest(AccountId member, UUID message) {
		companyMessages.open(member, message);
		return ofMessages(List.of(message));
	}

	/** Every answer to the consultation's requests, for its buyers. */
	@Transactional(readOnly = true)
	public List<DocumentReply> ofConsultation(AccountId buyer, ConsultationId id) {
		return ofMessages(analysis.messages(buyer, id).stream().filter(m -> m.kind() == MessageKind.DOCUMENT_REQUEST)
			.map(CompanyMessage::id).toList());
	}

	/** A file of an answer, for the consultation's buyers: its description and its bytes. */
	@Transactional(readOnly = true)
	public Map.Entry<DocumentReply.File, InputStream> file(AccountId buyer, ConsultationId id, UUID reply, int position) {
		var file = ofConsultation(buyer, id).stream().filter(r -> r.id().equals(reply)).flatMap(r -> r.files().stream())
			.filter(f -> f.position() == position).findFirst()
			.orElseThrow(() -> new NoSuchElementException("No file " + reply + "/" + position));
		try {
			return Map.entry(file, blobs.open(new BlobId(file.sha256())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void mailBuyer(CompanyMessage request, boolean late) {
		var asker = jdbc.sql("select sent_by from award.message where id = ?").param(request.id()).query(UUID.class).single();
		accounts.find(new AccountId(asker)).filter(a -> !a.locked()).ifPresent(account -> mailer.send(account.email(),
				"award/reply", Locale.FRENCH, Map.of("subject", "Réponse à votre demande de pièces — " + request.subject(),
						"late", late, "link", platform.link("/acheteur/consultations/" + request.consultation() + "/analyse#lot-"
								+ request.lot()))));
	}

	private List<DocumentReply> ofMessages(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var files = jdbc.sql("""
				select f.reply_id, f.position, f.file_name, f.media_type, f.size, f.sha256 from award.document_reply_file f
				join award.document_reply r on r.id = f.reply_id where r.message_id in (:ids) order by f.position""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("reply_id", UUID.class), new DocumentReply.File(rs.getInt("position"),
					rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"))))
			.list();
		return jdbc.sql("select id, message_id, text, late, sent_by, sent_at from award.document_reply where message_id in (:ids) order by sent_at")
			.param("ids", ids)
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				return new DocumentReply(id, rs.getObject("message_id", UUID.class), rs.getString("text"),
						files.stream().filter(f -> f.getKey().equals(id)).map(Map.Entry::getValue).toList(), rs.getBoolean("late"),
						new AccountId(rs.getObject("sent_by", UUID.class)), rs.getTimestamp("sent_at").toInstant());
			})
			.list();
	}

	private java.util.Optional<DocumentReply> find(UUID id) {
		var message = jdbc.sql("select message_id from award.document_reply where id = ?").param(id).query(UUID.class).single();
		return ofMessages(List.of(message)).stream().filter(r -> r.id().equals(id)).findFirst();
	}
}
