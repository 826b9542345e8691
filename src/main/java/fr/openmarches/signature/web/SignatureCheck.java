package fr.openmarches.signature.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import fr.openmarches.signature.PieceVerdict;
import fr.openmarches.signature.SignatureVerifier;

/**
 * What the signature check page and its API share: the files read within a size limit, the
 * verification, and the verdict in words of the person's language.
 */
@Component
class SignatureCheck {

	/** A signed piece is checked in memory (DSS reads it whole): beyond this, refused. */
	static final long MAXIMUM_BYTES = 50L * 1024 * 1024;

	private final SignatureVerifier verifier;

	private final MessageSource messages;

	SignatureCheck(SignatureVerifier verifier, MessageSource messages) {
		this.verifier = verifier;
		this.messages = messages;
	}

	/**
	 * Verifies {@code signature} (a signed PDF, or a detached CAdES/XAdES signature with the
	 * {@code document} it signs).
	 * @throws RefusedException when a file is missing, empty or too large
	 */
	PieceVerdict verify(MultipartFile signature, MultipartFile document) {
		if (signature == null || signature.isEmpty()) {
			throw new RefusedException("signature.page.error.missing");
		}
		if (signature.getSize() > MAXIMUM_BYTES || (document != null && document.getSize() > MAXIMUM_BYTES)) {
			throw new RefusedException("signature.page.error.too-large");
		}
		try {
			var signed = signature.getBytes();
			return document == null || document.isEmpty() ? verifier.verify(signed, name(signature))
					: verifier.verify(signed, name(signature), document.getBytes(), name(document));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String name(MultipartFile file) {
		var name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "document";
		}
		name = name.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "_");
	}

	/** Bad input: a message key saying what to do. */
	static final class RefusedException extends RuntimeException {

		private final String messageKey;

		RefusedException(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}
}
