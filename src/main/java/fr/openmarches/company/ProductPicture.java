package fr.openmarches.company;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import fr.openmarches.platform.BlobStore;

/**
 * A product's picture, to be sent and closed by the caller.
 *
 * @param sha256 its digest, a strong validator for caches
 */
public record ProductPicture(ImageType type, long size, String sha256, InputStream content) {

	static Optional<ProductPicture> of(Product product, BlobStore blobs) throws IOException {
		var blob = product.image();
		if (blob == null) {
			return Optional.empty();
		}
		return Optional.of(new ProductPicture(product.view().image(), blobs.size(blob), blob.sha256(), blobs.open(blob)));
	}
}
