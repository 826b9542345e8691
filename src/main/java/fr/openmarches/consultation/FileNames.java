package fr.openmarches.consultation;

import java.text.Normalizer;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * File names as buyers' machines send them, made fit to keep and show: only the last segment of a
 * path (« C:\Users\…\CCTP.pdf », « ../../CCTP.pdf »), without control or invisible formatting
 * characters (a right-to-left override could disguise « fdp.exe » as « exe.pdf »), without leading
 * dots, spaces collapsed, and not longer than {@value #MAX} characters. Everything else is kept as
 * typed: pages escape it when they show it.
 */
final class FileNames {

	static final int MAX = 200;

	private FileNames() {
	}

	/** The name to keep; empty when nothing usable is left. */
	static String clean(String original) {
		if (original == null) {
			return "";
		}
		var name = original.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
		name = name.replaceFirst("^[.\\s]+", "");
		if (name.length() > MAX) {
			int dot = name.lastIndexOf('.');
			var extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX - extension.length()).strip() + extension;
		}
		return name;
	}

	/** The media type a name's extension says, {@code application/octet-stream} when unknown. */
	static String mediaType(String name) {
		return MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
	}

	/** A title from a file name: the name without its extension. */
	static String title(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
