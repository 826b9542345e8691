package fr.openmarches.vault;

import java.util.Map;

/** The media type a document is sent back with, from its (allowed) extension. */
final class MediaTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("xml", "application/xml"), Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain"));

	private MediaTypes() {
	}

	static String of(String extension) {
		return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
	}
}
