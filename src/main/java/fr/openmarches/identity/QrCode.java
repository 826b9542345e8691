package fr.openmarches.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an SVG image, drawn on the server: the page's Content-Security-Policy allows no
 * inline script, and an image in a {@code data:} URI needs none.
 */
final class QrCode {

	private QrCode() {
	}

	static BitMatrix matrixOf(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Too long for a QR code", e);
		}
	}

	/** One path of unit squares on a white background (dark themes must not invert it). */
	static String svg(String text) {
		var matrix = matrixOf(text);
		var path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
				+ " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	static String svgDataUri(String text) {
		return "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
	}
}
