package fr.openmarches.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemBlobStoreTest {

	@TempDir
	Path root;

	@Test
	void storesBytesUnderTheirSha256AndReadsThemBack() throws Exception {
		var store = new FilesystemBlobStore(root);
		var content = "Règlement de la consultation".getBytes(StandardCharsets.UTF_8);

		var stored = store.put(new ByteArrayInputStream(content));

		assertThat(stored.id().sha256()).isEqualTo(sha256(content));
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(store.exists(stored.id())).isTrue();
		assertThat(store.size(stored.id())).isEqualTo(content.length);
		try (var in = store.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store.pathOf(stored.id())).startsWith(root.resolve(stored.id().sha256().substring(0, 2)));
	}

	@Test
	void storingTheSameBytesTwiceKeepsOneFile() throws Exception {
		var store = new FilesystemBlobStore(root);
		var first = store.put(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
		var second = store.put(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

		assertThat(second).isEqualTo(first);
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void aFileOnTheSameFileSystemIsStoredWithoutCopyingAndOutlivesItsOwnName() throws Exception {
		var store = new FilesystemBlobStore(root.resolve("blobs"));
		var content = "Offre chiffrée, morceaux joints".getBytes(StandardCharsets.UTF_8);
		var file = Files.write(Files.createDirectories(root.resolve("uploads")).resolve("joined"), content);

		var stored = store.putFile(file);

		assertThat(stored).isEqualTo(new BlobStore.StoredBlob(new BlobId(sha256(content)), content.length));
		assertThat(Files.isSameFile(store.pathOf(stored.id()), file)).as("linked, not copied").isTrue();
		Files.delete(file);
		try (var in = store.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		var again = Files.write(root.resolve("uploads").resolve("joined"), content);
		assertThat(store.putFile(again)).as("the same bytes again").isEqualTo(stored);
		assertThat(store.put(new ByteArrayInputStream(content))).isEqualTo(stored);
	}

	@Test
	void anInterruptedWriteLeavesNothingBehind() throws Exception {
		var store = new FilesystemBlobStore(root);
		InputStream breaksAfterOneKilobyte = new FilterInputStream(new ByteArrayInputStream(new byte[1 << 20])) {
			long read;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (read > 1024) {
					throw new IOException("connection reset");
				}
				int n = super.read(buffer, offset, Math.min(length, 512));
				read += n;
				return n;
			}
		};

		assertThatThrownBy(() -> store.put(breaksAfterOneKilobyte)).hasMessage("connection reset");
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void concurrentWritersOfTheSameBytesAgree() throws Exception {
		var store = new FilesystemBlobStore(root);
		var content = new byte[256 * 1024];
		new java.util.Random(42).nextBytes(content);
		Callable<BlobStore.StoredBlob> writer = () -> store.put(new ByteArrayInputStream(content));
		try (var pool = Executors.newFixedThreadPool(8)) {
			var results = pool.invokeAll(java.util.Collections.nCopies(16, writer));
			for (var result : results) {
				assertThat(result.get().id().sha256()).isEqualTo(sha256(content));
			}
		}
		try (var in = store.open(new BlobId(sha256(content)))) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void readingAnUnknownBlobSaysSo() throws Exception {
		var store = new FilesystemBlobStore(root);
		var unknown = new BlobId("0".repeat(64));

		assertThat(store.exists(unknown)).isFalse();
		assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(BlobStore.NoSuchBlobException.class);
		assertThatThrownBy(() -> store.size(unknown)).isInstanceOf(BlobStore.NoSuchBlobException.class);
	}

	@Test
	void blobIdsAreLowercaseHexSha256Only() {
		assertThatThrownBy(() -> new BlobId("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BlobId("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BlobId(null)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
