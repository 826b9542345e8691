package fr.openmarches.download;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.platform.BlobStore;

/**
 * Writes documents as one zip straight to a stream, each file copied from the blob store in small
 * buffers: memory stays flat whatever the size (Zip64 takes over past 4 GB). Entries are
 * "deflated" at level 0: stored as they are (tender documents are mostly compressed already)
 * without the CRC pre-pass that the zip format's STORED method would need.
 */
final class DceArchive {

	private static final int BUFFER = 64 * 1024;

	private DceArchive() {
	}

	static void write(String folder, List<DocumentView> documents, BlobStore blobs, OutputStream out)
			throws IOException {
		var zip = new ZipOutputStream(out);
		zip.setMethod(ZipOutputStream.DEFLATED);
		zip.setLevel(Deflater.NO_COMPRESSION);
		var root = safeName(folder, "DCE");
		var used = new HashSet<String>();
		for (var document : documents) {
			var entry = new ZipEntry(root + "/" + unique(safeName(document.fileName(), document.title()), used));
			zip.putNextEntry(entry);
			try (var in = blobs.open(document.blob())) {
				var buffer = new byte[BUFFER];
				int read;
				while ((read = in.read(buffer)) >= 0) {
					zip.write(buffer, 0, read);
				}
			}
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	/**
	 * A name that is only a name: no folders, no control characters, nothing a file system refuses
	 * (so a buyer's file name cannot write outside the archive's folder when unzipped).
	 */
	static String safeName(String name, String fallback) {
		var cleaned = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", "_").strip();
		while (cleaned.startsWith(".")) {
			cleaned = cleaned.substring(1);
		}
		if (cleaned.isBlank()) {
			cleaned = fallback == null || fallback.isBlank() ? "document" : safeName(fallback, "document");
		}
		return cleaned.length() > 150 ? cleaned.substring(0, 150) : cleaned;
	}

	/** « RC.pdf », then « RC (2).pdf » for a second file of the same name. */
	static String unique(String name, Set<String> used) {
		var candidate = name;
		var dot = name.lastIndexOf('.');
		var base = dot > 0 ? name.substring(0, dot) : name;
		var extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = base + " (" + n + ")" + extension;
		}
		return candidate;
	}
}
