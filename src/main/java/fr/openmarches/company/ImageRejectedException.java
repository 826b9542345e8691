package fr.openmarches.company;

/** A picture a product fiche does not accept; {@link #messageKey()} says why to the person. */
public class ImageRejectedException extends IllegalArgumentException {

	private final Reason reason;

	private final long maxBytes;

	public ImageRejectedException(Reason reason, long maxBytes) {
		super("Image rejected: " + reason);
		this.reason = reason;
		this.maxBytes = maxBytes;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "company.product.image.rejected." + reason.name();
	}

	/** The size limit in kilobytes, for the message. */
	public long maxKilobytes() {
		return maxBytes / 1024;
	}

	public enum Reason {
		/** No file, or an empty one. */
		EMPTY,
		/** Larger than {@code openmarches.company.product-image-max-size}. */
		TOO_LARGE,
		/** Not a PNG, JPEG or WebP picture, whatever its name says. */
		NOT_AN_IMAGE
	}
}
