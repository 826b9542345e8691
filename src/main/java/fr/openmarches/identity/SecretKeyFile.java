package fr.openmarches.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that seals two-factor secrets comes from: the setting
 * {@code openmarches.identity.totp-encryption-key} in production, otherwise a file created on
 * first start (enough for one machine: a demo, a developer's laptop, the tests).
 */
final class SecretKeyFile {

	private static final Logger log = LoggerFactory.getLogger(SecretKeyFile.class);

	private SecretKeyFile() {
	}

	static byte[] keyFrom(IdentityProperties properties) {
		var configured = properties.totpEncryptionKey();
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "openmarches.identity.totp-encryption-key");
		}
		var file = properties.secretKeyFile().toAbsolutePath();
		var created = createIfAbsent(file);
		log.warn("openmarches.identity.totp-encryption-key is not set: two-factor secrets are sealed with the key {} {}. "
				+ "In production, set OPENMARCHES_IDENTITY_TOTP_ENCRYPTION_KEY (base64 of 32 random bytes, "
				+ "e.g. `openssl rand -base64 32`) to the same value on every instance.",
				created ? "just generated in" : "read from", file);
		try {
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the identity secret key " + file, e);
		}
	}

	/** Writes a new random key unless the file exists; true when it wrote one. */
	static boolean createIfAbsent(Path file) {
		if (Files.exists(file)) {
			return false;
		}
		var key = new byte[SecretBox.KEY_BYTES];
		new SecureRandom().nextBytes(key);
		var text = Base64.getEncoder().encodeToString(key) + "\n";
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			return true;
		}
		catch (FileAlreadyExistsException anotherProcessWroteItFirst) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the identity secret key " + file, e);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + " is not base64", e);
		}
		if (key.length != SecretBox.KEY_BYTES) {
			throw new IllegalStateException(source + " must hold 32 bytes (base64), not " + key.length);
		}
		return key;
	}
}
