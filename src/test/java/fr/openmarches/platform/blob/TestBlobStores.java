package fr.openmarches.platform.blob;

import java.io.IOException;
import java.nio.file.Path;

import fr.openmarches.platform.BlobStore;

/** Real blob stores for tests that run without Spring. */
public final class TestBlobStores {

	private TestBlobStores() {
	}

	public static BlobStore filesystem(Path root) throws IOException {
		return new FilesystemBlobStore(root);
	}
}
