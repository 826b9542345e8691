package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code shown to turn on two-factor sign-in reads back as the key URI. */
class QrCodeTest {

	static final String URI = "otpauth://totp/OpenMarch%C3%A9s:agent%40example.fr?secret=JBSWY3DPEHPK3PXP"
			+ "&issuer=OpenMarch%C3%A9s&algorithm=SHA1&digits=6&period=30";

	@Test
	void encodesTheKeyUriReadably() throws Exception {
		var matrix = QrCode.matrixOf(URI);
		int scale = 4;
		var pixels = new int[matrix.getWidth() * scale * matrix.getHeight() * scale];
		for (int y = 0; y < matrix.getHeight() * scale; y++) {
			for (int x = 0; x < matrix.getWidth() * scale; x++) {
				pixels[y * matrix.getWidth() * scale + x] = matrix.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
			}
		}
		var image = new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(matrix.getWidth() * scale, matrix.getHeight() * scale, pixels)));

		assertThat(new QRCodeReader().decode(image).getText()).isEqualTo(URI);
	}

	@Test
	void drawsAnSvgImageForADataUri() {
		var dataUri = QrCode.svgDataUri(URI);

		assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
		var svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("h1v1h-1z").endsWith("</svg>");
		assertThat(svg).doesNotContain("style=").doesNotContain("<script");
	}
}
