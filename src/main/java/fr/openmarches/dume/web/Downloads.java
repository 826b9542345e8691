package fr.openmarches.dume.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Documents sent as attachments, never sniffed. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> xml(byte[] bytes, String fileName) {
		return attachment(bytes, fileName, MediaType.APPLICATION_XML, "no-cache");
	}

	static ResponseEntity<byte[]> privatePdf(byte[] bytes, String fileName) {
		return attachment(bytes, fileName, MediaType.APPLICATION_PDF, "private, no-store");
	}

	static ResponseEntity<byte[]> privateXml(byte[] bytes, String fileName) {
		return attachment(bytes, fileName, MediaType.APPLICATION_XML, "private, no-store");
	}

	private static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName, MediaType type, String cache) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, cache)
			.body(bytes);
	}
}
