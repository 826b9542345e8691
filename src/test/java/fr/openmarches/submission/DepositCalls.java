package fr.openmarches.submission;

import static fr.openmarches.submission.UploadCalls.sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * A supplier's client as the deposit page's script is: seals files in Java exactly as the browser
 * does (docs/sealing.md), uploads them in chunks, then finalises the deposit over HTTP. Public for
 * the opening session's tests, which open what it deposits.
 */
public final class DepositCalls {

	public static final int CHUNK = 1 << 20;

	private final WebVisitor visitor;

	private final UploadCalls uploads;

	private final byte[] contentKey = ContentKeys.newContentKey();

	private final List<String> pieces = new ArrayList<>();

	public DepositCalls(WebVisitor visitor) {
		this.visitor = visitor;
		this.uploads = new UploadCalls(visitor);
	}

	public WebVisitor visitor() {
		return visitor;
	}

	public byte[] contentKey() {
		return contentKey.clone();
	}

	/** Seals {@code content}, uploads it for {@code consultation} and adds it to the deposit to come. */
	public DepositCalls add(ConsultationId consultation, String envelope, Integer lot, String fileName, byte[] content)
			throws IOException {
		return add(consultation, envelope, lot, fileName, content, null);
	}

	/** As {@link #add}, for a copy of the vault version {@code vaultVersion} (null: a file of the supplier's). */
	DepositCalls add(ConsultationId consultation, String envelope, Integer lot, String fileName, byte[] content,
			UUID vaultVersion) throws IOException {
		return add(consultation, envelope, lot, fileName, content, vaultVersion == null ? null : "vaultVersion",
				vaultVersion);
	}

	/**
	 * As {@link #add}, for a piece that names what it copies: {@code field} is {@code vaultVersion} or
	 * {@code espdResponse}, {@code reference} its value (null field: a file of the supplier's).
	 */
	DepositCalls add(ConsultationId consultation, String envelope, Integer lot, String fileName, byte[] content,
			String field, UUID reference) throws IOException {
		var salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		var sealed = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(content), sealed, contentKey, salt, CHUNK);
		var bytes = sealed.toByteArray();
		var transport = CHUNK + 16;
		var id = uploads.open(consultation, bytes.length, transport);
		for (int index = 0, from = 0; from < bytes.length; index++, from += transport) {
			var chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + transport));
			var put = uploads.put(id, index, chunk);
			if (put.status() != 200) {
				throw new AssertionError("chunk refused: " + put.status() + " " + put.body());
			}
		}
		var completed = uploads.complete(id);
		if (completed.status() != 200) {
			throw new AssertionError("upload not completed: " + completed.status() + " " + completed.body());
		}
		var piece = piece(id, envelope, lot, fileName, content.length, sha256(content), CHUNK,
				Base64.getEncoder().encodeToString(salt));
		pieces.add(field == null ? piece
				: piece.substring(0, piece.lastIndexOf('}')) + ", \"" + field + "\": \"" + reference + "\"}");
		return this;
	}

	static String piece(UUID upload, String envelope, Integer lot, String fileName, long size, String sha256,
			int chunkSize, String salt) {
		return """
				{"upload": "%s", "envelope": "%s", "lot": %s, "fileName": "%s", "mediaType": "application/pdf",
				 "size": %d, "plainSha256": "%s", "chunkSize": %d, "salt": "%s"}"""
			.formatted(upload, envelope, lot, fileName, size, sha256, chunkSize, salt);
	}

	/** Finalises the deposit of the files added, for {@code lots}, wrapped for {@code openingKey}. */
	public WebVisitor.Page deposit(ConsultationId consultation, PublicKey openingKey, List<Integer> lots) {
		return deposit(consultation, ContentKeys.fingerprint(openingKey),
				Base64.getEncoder().encodeToString(ContentKeys.wrap(contentKey, openingKey)), lots, pieces);
	}

	/** As {@link #deposit(ConsultationId, PublicKey, List)}, with {@code references} (a JSON array) besides. */
	WebVisitor.Page deposit(ConsultationId consultation, PublicKey openingKey, List<Integer> lots, String references) {
		return deposit(consultation, ContentKeys.fingerprint(openingKey),
				Base64.getEncoder().encodeToString(ContentKeys.wrap(contentKey, openingKey)), lots, pieces, references);
	}

	WebVisitor.Page deposit(ConsultationId consultation, String fingerprint, String wrappedKey, List<Integer> lots,
			List<String> pieces) {
		return deposit(consultation, fingerprint, wrappedKey, lots, pieces, "[]");
	}

	private WebVisitor.Page deposit(ConsultationId consultation, String fingerprint, String wrappedKey,
			List<Integer> lots, List<String> pieces, String references) {
		return visitor.postJson("/api/v1/consultations/" + consultation.value() + "/deposits", """
				{"openingKey": "%s", "wrappedKey": "%s", "lots": %s, "backupCopy": "PHYSICAL",
				 "consortium": [], "pieces": [%s], "references": %s}"""
			.formatted(fingerprint, wrappedKey, lots, String.join(",", pieces), references));
	}

	public List<String> pieces() {
		return List.copyOf(pieces);
	}

	static String json(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
	}
}
