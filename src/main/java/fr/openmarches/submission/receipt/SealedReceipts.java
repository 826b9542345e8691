package fr.openmarches.submission.receipt;

import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.openmarches.platform.PdfTexts;
import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.signature.PdfSeals;

/**
 * Deposit receipts as they leave the platform: rendered, then sealed (PAdES, timestamped) so that
 * the supplier holds a proof anyone can check without asking the platform.
 */
@Component
public class SealedReceipts {

	private final PdfSeals seals;

	private final PlatformProperties platform;

	SealedReceipts(PdfSeals seals, PlatformProperties platform) {
		this.seals = seals;
		this.platform = platform;
	}

	/**
	 * The sealed PDF of {@code receipt}.
	 *
	 * @throws fr.openmarches.signature.TimestampException when the seal's timestamp could not be had
	 */
	public byte[] issue(ReceiptContent receipt, Locale locale) {
		var texts = new PdfTexts("submission", "receipt", locale);
		return seals.seal(ReceiptDocument.render(receipt, locale),
				texts.text("submission.receipt.title") + " " + receipt.receiptNumber(), platform.baseUrl().toString());
	}

	/**
	 * The provisional receipt of a deposit received while the timestamp authority was down: sealed
	 * without a timestamp (PAdES-BASELINE-B), since none can be had; the final one replaces it.
	 */
	public byte[] issueProvisional(ReceiptContent receipt, Locale locale) {
		var texts = new PdfTexts("submission", "receipt", locale);
		return seals.sealWithoutTimestamp(ReceiptDocument.render(receipt, locale),
				texts.text("submission.receipt.title") + " " + receipt.receiptNumber(), platform.baseUrl().toString());
	}
}
