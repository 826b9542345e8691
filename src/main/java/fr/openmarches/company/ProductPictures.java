package fr.openmarches.company;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;

import fr.openmarches.platform.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Checks and stores the picture of a product fiche: a PNG, JPEG or WebP image by its bytes (never
 * by its name or declared type), no larger than {@code openmarches.company.product-image-max-size}.
 */
@Component
class ProductPictures {

	private final BlobStore blobs;

	private final CompanyProperties properties;

	private final Clock clock;

	ProductPictures(BlobStore blobs, CompanyProperties properties, Clock clock) {
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores the picture and gives it to the product. It is stored before the change commits: a
	 * rolled-back change leaves a blob nobody points to, harmless since blobs are named by content.
	 * @throws ImageRejectedException when it is empty, too large, or not such an image
	 */
	void illustrate(Product product, InputStream content) {
		long max = properties.productImageMaxSize().toBytes();
		byte[] bytes;
		try {
			// One byte more than allowed is enough to know the picture is too large.
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the uploaded picture", e);
		}
		if (bytes.length == 0) {
			throw new ImageRejectedException(ImageRejectedException.Reason.EMPTY, max);
		}
		if (bytes.length > max) {
			throw new ImageRejectedException(ImageRejectedException.Reason.TOO_LARGE, max);
		}
		var type = ImageType.detect(Arrays.copyOf(bytes, Math.min(bytes.length, ImageType.SIGNATURE_LENGTH)))
			.orElseThrow(() -> new ImageRejectedException(ImageRejectedException.Reason.NOT_AN_IMAGE, max));
		try {
			product.illustrate(blobs.put(new ByteArrayInputStream(bytes)).id(), type, clock.instant());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store the picture", e);
		}
	}
}
