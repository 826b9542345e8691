package fr.openmarches.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationId;

/** The upload API as a script of a page calls it: JSON, raw chunks, the CSRF token in a header. */
record UploadCalls(WebVisitor visitor) {

	static final int MIB = 1 << 20;

	WebVisitor.Page start(ConsultationId consultation, long totalSize, int chunkSize) {
		return visitor.postJson("/api/v1/uploads", """
				{"consultationId": "%s", "totalSize": %d, "chunkSize": %d, "label": "offre.pdf.enc"}"""
			.formatted(consultation.value(), totalSize, chunkSize));
	}

	/** Opens an upload and returns its id. */
	UUID open(ConsultationId consultation, long totalSize, int chunkSize) {
		var started = start(consultation, totalSize, chunkSize);
		if (started.status() != 201) {
			throw new AssertionError("Upload not opened: " + started.status() + " " + started.body());
		}
		return UUID.fromString(JsonPath.read(started.body(), "$.id"));
	}

	WebVisitor.Page put(UUID upload, int index, byte[] bytes) {
		return put(upload, index, bytes, sha256(bytes));
	}

	WebVisitor.Page put(UUID upload, int index, byte[] bytes, String sha256) {
		return visitor.send("PUT", "/api/v1/uploads/" + upload + "/chunks/" + index,
				"application/octet-stream", bytes, true, "X-Chunk-SHA256", sha256);
	}

	WebVisitor.Page state(UUID upload) {
		return visitor.send("GET", "/api/v1/uploads/" + upload, null, null, false);
	}

	WebVisitor.Page complete(UUID upload) {
		return visitor.send("POST", "/api/v1/uploads/" + upload + "/completion", null, null, true);
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
