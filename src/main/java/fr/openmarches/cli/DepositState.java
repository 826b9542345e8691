package fr.openmarches.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import fr.openmarches.sealing.ContentKeys;

/**
 * What the client remembers of a deposit under way, so that the same command run again after a cut
 * resumes it: the deposit's content key, each file's salt and upload, and once finalised the
 * deposit itself. One small JSON file per deposit (readable by its owner only), named after a hash
 * of the server, the consultation, the groupement's members and the files (path, size, last change,
 * the piece a co-signature signs): another file, or a file changed since, is another deposit. Once the receipt is saved the state is marked done and its
 * content key erased: the same command run again finds the deposit made and makes no other
 * (unless asked, {@code --nouveau-depot}).
 *
 * <p>The content key is kept here in clear until then, beside the plaintext files it seals: it
 * protects the bid on the wire and on the server, not on the supplier's own machine.
 */
final class DepositState {

	private static final SecureRandom RANDOM = new SecureRandom();

	final Path file;

	final String server;

	final String consultation;

	/** Null once done. */
	byte[] contentKey;

	final List<Entry> entries;

	String depositId;

	String depositNumber;

	/** The deposit is made and its receipt saved: nothing more to do. */
	boolean done;

	private DepositState(Path file, String server, String consultation, byte[] contentKey, List<Entry> entries) {
		this.file = file;
		this.server = server;
		this.consultation = consultation;
		this.contentKey = contentKey;
		this.entries = entries;
	}

	/** One file of the deposit. */
	static final class Entry {

		final Path path;

		final String envelope;

		final Integer lot;

		final long size;

		final long modified;

		final byte[] salt;

		final int chunkSize;

		/** For a co-signature file: the file it signs. */
		final Path signs;

		String upload;

		String plainSha256;

		String sealedSha256;

		boolean completed;

		Entry(Path path, String envelope, Integer lot, long size, long modified, byte[] salt, int chunkSize, Path signs) {
			this.path = path;
			this.signs = signs;
			this.envelope = envelope;
			this.lot = lot;
			this.size = size;
			this.modified = modified;
			this.salt = salt;
			this.chunkSize = chunkSize;
		}

		String fileName() {
			return path.getFileName().toString();
		}
	}

	/** A file the command names: where it goes; for a co-signature, the file it signs. */
	record Wanted(Path path, String envelope, Integer lot, Path signs) {

		Wanted(Path path, String envelope, Integer lot) {
			this(path, envelope, lot, null);
		}
	}

	/**
	 * The state of this deposit: read back from {@code dir} if an earlier run of the same command
	 * left one, else new (fresh content key and salts), not yet written.
	 */
	static DepositState open(Path dir, String server, String consultation, List<Integer> lots, List<Wanted> files,
			int chunkSize, List<String> consortium) throws IOException {
		var identity = new StringBuilder(server).append('\n').append(consultation).append('\n').append(lots).append('\n');
		identity.append(chunkSize).append('\n');
		if (!consortium.isEmpty()) {
			identity.append(consortium).append('\n');
		}
		var sizes = new ArrayList<long[]>();
		for (var wanted : files) {
			var path = wanted.path().toAbsolutePath().normalize();
			long size = Files.size(path);
			long modified = Files.getLastModifiedTime(path).toMillis();
			sizes.add(new long[] { size, modified });
			identity.append(wanted.envelope()).append('|').append(wanted.lot()).append('|').append(path).append('|')
				.append(size).append('|').append(modified);
			if (wanted.signs() != null) {
				identity.append("|signs ").append(wanted.signs().toAbsolutePath().normalize());
			}
			identity.append('\n');
		}
		var file = dir.resolve("depot-" + sha256(identity.toString()).substring(0, 32) + ".json");
		if (Files.exists(file)) {
			return read(file);
		}
		var entries = new ArrayList<Entry>();
		for (int i = 0; i < files.size(); i++) {
			var wanted = files.get(i);
			var salt = new byte[16];
			RANDOM.nextBytes(salt);
			entries.add(new Entry(wanted.path().toAbsolutePath().normalize(), wanted.envelope(), wanted.lot(),
					sizes.get(i)[0], sizes.get(i)[1], salt, chunkSize,
					wanted.signs() == null ? null : wanted.signs().toAbsolutePath().normalize()));
		}
		return new DepositState(file, server, consultation, ContentKeys.newContentKey(), entries);
	}

	boolean resumed() {
		return Files.exists(file);
	}

	/** Writes the state, atomically, readable by its owner only. */
	synchronized void save() throws IOException {
		Files.createDirectories(file.getParent());
		var json = new StringBuilder("{\"server\": ").append(Json.quote(server))
			.append(", \"consultation\": ").append(Json.quote(consultation))
			.append(", \"contentKey\": ").append(Json.quote(contentKey == null ? null : b64(contentKey)))
			.append(", \"done\": ").append(done)
			.append(", \"depositId\": ").append(Json.quote(depositId))
			.append(", \"depositNumber\": ").append(Json.quote(depositNumber))
			.append(", \"files\": [");
		for (int i = 0; i < entries.size(); i++) {
			var e = entries.get(i);
			json.append(i == 0 ? "\n  " : ",\n  ")
				.append("{\"path\": ").append(Json.quote(e.path.toString()))
				.append(", \"envelope\": ").append(Json.quote(e.envelope))
				.append(", \"lot\": ").append(e.lot)
				.append(", \"size\": ").append(e.size)
				.append(", \"modified\": ").append(e.modified)
				.append(", \"salt\": ").append(Json.quote(b64(e.salt)))
				.append(", \"chunkSize\": ").append(e.chunkSize)
				.append(", \"signs\": ").append(Json.quote(e.signs == null ? null : e.signs.toString()))
				.append(", \"upload\": ").append(Json.quote(e.upload))
				.append(", \"plainSha256\": ").append(Json.quote(e.plainSha256))
				.append(", \"sealedSha256\": ").append(Json.quote(e.sealedSha256))
				.append(", \"completed\": ").append(e.completed).append('}');
		}
		json.append("\n]}\n");
		var temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, json, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the user's profile directory is private already
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The receipt is saved: marked done, and the content key, needed no more, erased. */
	void done() throws IOException {
		done = true;
		contentKey = null;
		save();
	}

	void delete() throws IOException {
		Files.deleteIfExists(file);
	}

	static DepositState read(Path file) throws IOException {
		var json = Json.object(Files.readString(file, StandardCharsets.UTF_8));
		var entries = new ArrayList<Entry>();
		for (var item : (List<?>) json.get("files")) {
			var f = (Map<?, ?>) item;
			var entry = new Entry(Path.of((String) f.get("path")), (String) f.get("envelope"),
					f.get("lot") == null ? null : ((BigDecimal) f.get("lot")).intValueExact(),
					((BigDecimal) f.get("size")).longValueExact(), ((BigDecimal) f.get("modified")).longValueExact(),
					Base64.getDecoder().decode((String) f.get("salt")), ((BigDecimal) f.get("chunkSize")).intValueExact(),
					f.get("signs") == null ? null : Path.of((String) f.get("signs")));
			entry.upload = (String) f.get("upload");
			entry.plainSha256 = (String) f.get("plainSha256");
			entry.sealedSha256 = (String) f.get("sealedSha256");
			entry.completed = Boolean.TRUE.equals(f.get("completed"));
			entries.add(entry);
		}
		var state = new DepositState(file, (String) json.get("server"), (String) json.get("consultation"),
				json.get("contentKey") == null ? null : Base64.getDecoder().decode((String) json.get("contentKey")), entries);
		state.done = Boolean.TRUE.equals(json.get("done"));
		state.depositId = (String) json.get("depositId");
		state.depositNumber = (String) json.get("depositNumber");
		return state;
	}

	/** The states left in {@code dir} by deposits not finished (those done are not). */
	static List<DepositState> all(Path dir) throws IOException {
		var states = new ArrayList<DepositState>();
		if (!Files.isDirectory(dir)) {
			return states;
		}
		try (var files = Files.list(dir)) {
			for (var file : files.filter(f -> f.getFileName().toString().matches("depot-[0-9a-f]+\\.json")).sorted().toList()) {
				var state = read(file);
				if (!state.done) {
					states.add(state);
				}
			}
		}
		return states;
	}

	static String b64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
