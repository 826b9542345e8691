package fr.openmarches.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;

/**
 * Blobs as files under a root directory, sharded by the first two bytes of their hash
 * ({@code ab/cd/abcd…}). Each write goes to a temporary file in the same file system, is hashed
 * while it streams, forced to disk, then atomically renamed to its final name.
 */
class FilesystemBlobStore implements BlobStore {

	private final Path root;

	private final Path incoming;

	FilesystemBlobStore(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.incoming = this.root.resolve("incoming");
		Files.createDirectories(incoming);
	}

	@Override
	public StoredBlob put(InputStream content) throws IOException {
		var temporary = Files.createTempFile(incoming, "blob-", ".part");
		try {
			var digest = sha256();
			long size;
			try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					var in = new DigestInputStream(content, digest)) {
				size = in.transferTo(Channels.newOutputStream(channel));
				channel.force(true);
			}
			var id = new BlobId(HexFormat.of().formatHex(digest.digest()));
			var target = pathOf(id);
			if (Files.exists(target)) {
				return new StoredBlob(id, size); // same bytes already stored
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException raced) {
				// another writer stored the same bytes first
			}
			return new StoredBlob(id, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Hashes the file, forces it to disk and links it under its final name: no byte is copied when
	 * the file is on the blobs' file system; elsewhere it is copied like any {@link #put}.
	 */
	@Override
	public StoredBlob putFile(Path file) throws IOException {
		var digest = sha256();
		long size = 0;
		try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
			var buffer = ByteBuffer.allocate(64 * 1024);
			while (channel.read(buffer) != -1) {
				buffer.flip();
				size += buffer.remaining();
				digest.update(buffer);
				buffer.clear();
			}
			channel.force(true);
		}
		var id = new BlobId(HexFormat.of().formatHex(digest.digest()));
		var target = pathOf(id);
		if (Files.exists(target)) {
			return new StoredBlob(id, size); // same bytes already stored
		}
		Files.createDirectories(target.getParent());
		try {
			Files.createLink(target, file);
		}
		catch (FileAlreadyExistsException raced) {
			// another writer stored the same bytes first
		}
		catch (IOException | UnsupportedOperationException otherFileSystem) {
			try (var in = Files.newInputStream(file)) {
				return put(in);
			}
		}
		return new StoredBlob(id, size);
	}

	@Override
	public InputStream open(BlobId id) throws IOException {
		try {
			return Files.newInputStream(pathOf(id));
		}
		catch (NoSuchFileException e) {
			throw new NoSuchBlobException(id);
		}
	}

	@Override
	public boolean exists(BlobId id) {
		return Files.exists(pathOf(id));
	}

	@Override
	public void delete(BlobId id) throws IOException {
		Files.deleteIfExists(pathOf(id));
	}

	@Override
	public long size(BlobId id) throws IOException {
		try {
			return Files.size(pathOf(id));
		}
		catch (NoSuchFileException e) {
			throw new NoSuchBlobException(id);
		}
	}

	Path pathOf(BlobId id) {
		var hash = id.sha256();
		return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
