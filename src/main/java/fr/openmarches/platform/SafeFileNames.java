package fr.openmarches.platform;

/**
 * File names as people's files bring them, made safe to keep and to send back: no folders, no
 * invisible formatting (a right-to-left override makes a {@code .jpg} read as a {@code .pdf}), no
 * control or reserved characters, no leading dots, at most 120 characters keeping the extension.
 */
public final class SafeFileNames {

	static final int MAX = 120;

	private SafeFileNames() {
	}

	/** {@code name} made safe; {@code fallback} when nothing of it is left. */
	public static String of(String name, String fallback) {
		if (name == null) {
			return fallback;
		}
		var base = name.replaceAll("[\\p{Cf}\\p{Zl}\\p{Zp}]", "").replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}<>:\"|?*;]", "_").replaceAll("^[.\\s]+", "").strip();
		if (base.isEmpty()) {
			return fallback;
		}
		if (base.length() > MAX) {
			var dot = base.lastIndexOf('.');
			var extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
			base = base.substring(0, MAX - extension.length()) + extension;
		}
		return base;
	}
}
