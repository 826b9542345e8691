package fr.openmarches.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.platform.SafeFileNames;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vault of the person's company: every method takes the acting account and works only in the
 * company it belongs to; another company's ids are {@link VaultNotFoundException}, as are
 * people of no company.
 */
@Service
@Transactional
@EnableConfigurationProperties(VaultProperties.class)
public class Vault {

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final CompanyService companies;

	private final VaultProperties properties;

	private final Clock clock;

	Vault(JdbcClient jdbc, BlobStore blobs, CompanyService companies, VaultProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.companies = companies;
		this.properties = properties;
		this.clock = clock;
	}

	/** What an upload says of itself. */
	public record Upload(String fileName, String mediaType, LocalDate issuedOn, LocalDate validUntil,
			InputStream content) {
	}

	/** The documents of the person's company, by type then title. */
	@Transactional(readOnly = true)
	public List<VaultDocument> documents(AccountId actor) {
		return documentsOf(companyOf(actor));
	}

	@Transactional(readOnly = true)
	public VaultDocument document(AccountId actor, UUID document) {
		return documentsOf(companyOf(actor)).stream()
			.filter(d -> d.id().equals(document))
			.findFirst()
			.orElseThrow(() -> new VaultNotFoundException("document"));
	}

	/** Stores a new document with its first version. */
	public VaultDocument create(AccountId actor, DocumentType type, String title, Upload upload) {
		var company = companyOf(actor);
		if (type == null || title == null || title.isBlank() || title.strip().length() > 200) {
			throw new VaultRejectedException(VaultRejectedException.Reason.TITLE);
		}
		var id = UUID.randomUUID();
		jdbc.sql("insert into vault.document (id, company_id, type, title, created_at) values (?, ?, ?, ?, ?)")
			.params(id, company.value(), type.name(), title.strip(), java.sql.Timestamp.from(clock.instant()))
			.update();
		addVersion(id, actor, upload);
		return document(actor, id);
	}

	/** Uploads a new version of a document: the previous ones are kept. */
	public VaultDocument addVersion(AccountId actor, UUID document, Upload upload) {
		document(actor, document);
		addVersion(document, actor, upload);
		return document(actor, document);
	}

	/** A version's bytes, with what the download needs. */
	public record Content(VaultDocument.Version version, InputStream bytes) {
	}

	@Transactional(readOnly = true)
	public Content open(AccountId actor, UUID version) {
		var found = versionOf(actor, version);
		try {
			return new Content(found, blobs.open(new BlobId(found.sha256())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes a version; the document goes with its last version. */
	public void deleteVersion(AccountId actor, UUID version) {
		versionOf(actor, version);
		var document = jdbc.sql("delete from vault.version where id = ? returning document_id").param(version)
			.query(UUID.class).single();
		jdbc.sql("delete from vault.document d where d.id = ? and not exists (select 1 from vault.version v where v.document_id = d.id)")
			.param(document).update();
	}

	/**
	 * The document of {@code company} one of whose versions is {@code version}, for a deposit that
	 * includes a copy of it; empty when the version is not the company's.
	 */
	@Transactional(readOnly = true)
	public Optional<VaultDocument> documentWithVersion(CompanyId company, UUID version) {
		return documentsOf(company).stream()
			.filter(d -> d.versions().stream().anyMatch(v -> v.id().equals(version)))
			.findFirst();
	}

	/** Whether the version's file may be sent: its type, not the bytes' claims. */
	public String mediaTypeOf(String fileName) {
		return MediaTypes.of(extension(fileName));
	}

	private VaultDocument.Version versionOf(AccountId actor, UUID version) {
		return documentsOf(companyOf(actor)).stream()
			.flatMap(d -> d.versions().stream())
			.filter(v -> v.id().equals(version))
			.findFirst()
			.orElseThrow(() -> new VaultNotFoundException("version"));
	}

	private void addVersion(UUID document, AccountId actor, Upload upload) {
		if (upload.issuedOn() == null || (upload.validUntil() != null && upload.validUntil().isBefore(upload.issuedOn()))) {
			throw new VaultRejectedException(VaultRejectedException.Reason.DATES);
		}
		var fileName = safeFileName(upload.fileName());
		if (!properties.allowedExtensions().contains(extension(fileName))) {
			throw new VaultRejectedException(VaultRejectedException.Reason.TYPE_NOT_ALLOWED);
		}
		var limit = properties.maxFileSize().toBytes();
		BlobStore.StoredBlob stored;
		try (var bounded = new LimitedInputStream(upload.content(), limit)) {
			stored = blobs.put(bounded);
		}
		catch (LimitedInputStream.TooLargeException e) {
			throw new VaultRejectedException(VaultRejectedException.Reason.TOO_LARGE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (stored.size() == 0) {
			throw new VaultRejectedException(VaultRejectedException.Reason.EMPTY);
		}
		var number = jdbc.sql("select coalesce(max(number), 0) + 1 from vault.version where document_id = ?")
			.param(document).query(Integer.class).single();
		jdbc.sql("""
				insert into vault.version (id, document_id, number, issued_on, valid_until, file_name, media_type, size,
				sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), document, number, upload.issuedOn(), upload.validUntil(), fileName,
					MediaTypes.of(extension(fileName)), stored.size(), stored.id().sha256(), actor.value(),
					java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** A file name safe to keep and to send back ({@link SafeFileNames}), « document » when none is left. */
	static String safeFileName(String name) {
		return SafeFileNames.of(name, "document");
	}

	static String extension(String fileName) {
		var dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private CompanyId companyOf(AccountId actor) {
		if (actor == null) {
			throw new VaultNotFoundException("company");
		}
		return companies.companyIdOf(actor).orElseThrow(() -> new VaultNotFoundException("company"));
	}

	List<VaultDocument> documentsOf(CompanyId company) {
		var documents = new LinkedHashMap<UUID, VaultDocument>();
		jdbc.sql("""
				select d.id, d.type, d.title, v.id as version_id, v.number, v.issued_on, v.valid_until, v.file_name,
				v.media_type, v.size, v.sha256, v.uploaded_at
				from vault.document d join vault.version v on v.document_id = d.id
				where d.company_id = ? order by d.type, lower(d.title), d.id, v.number desc""")
			.param(company.value())
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				var document = documents.computeIfAbsent(id, key -> {
					try {
						return new VaultDocument(key, DocumentType.valueOf(rs.getString("type")), rs.getString("title"),
								new ArrayList<>());
					}
					catch (java.sql.SQLException e) {
						throw new IllegalStateException(e);
					}
				});
				var validUntil = rs.getObject("valid_until", LocalDate.class);
				document.versions().add(new VaultDocument.Version(rs.getObject("version_id", UUID.class),
						rs.getInt("number"), rs.getObject("issued_on", LocalDate.class), validUntil,
						rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
						rs.getTimestamp("uploaded_at").toInstant()));
				return id;
			})
			.list();
		return documents.values().stream()
			.map(d -> new VaultDocument(d.id(), d.type(), d.title(), List.copyOf(d.versions())))
			.toList();
	}
}
