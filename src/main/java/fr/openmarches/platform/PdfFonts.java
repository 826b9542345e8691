package fr.openmarches.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, Sans Bold and Sans Mono, copied from npm's {@code dejavu-fonts-ttf} by the build:
 * every glyph of French and most scripts, embedded as subsets so that a receipt reads the same on
 * any machine and stays small (receipts, opening reports, letters). The files are read once; each document parses its own copy because
 * PDFBox's font objects are not safe to share between threads.
 */
public final class PdfFonts {

	private static final String FOLDER = "/fonts/dejavu/ttf/";

	private static final byte[] REGULAR = read("DejaVuSans.ttf");

	private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

	private static final byte[] MONO = read("DejaVuSansMono.ttf");

	public final PDFont regular;

	public final PDFont bold;

	public final PDFont mono;

	private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

	public PdfFonts(PDDocument document) throws IOException {
		this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
		this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
		this.mono = PDType0Font.load(document, new ByteArrayInputStream(MONO), true);
	}

	/**
	 * {@code text} as {@code font} can show it: control characters become spaces, and characters
	 * without a glyph (a file name in a script DejaVu lacks) become « ? » rather than failing.
	 */
	public String printable(PDFont font, String text) {
		var glyphs = known.computeIfAbsent(font, any -> new HashMap<>());
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) && codePoint != ' '
					&& codePoint != '\u00A0' && codePoint != '\u202F') {
				out.append(' ');
			}
			else if (glyphs.computeIfAbsent(codePoint, point -> hasGlyph(font, point))) {
				out.appendCodePoint(codePoint);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static boolean hasGlyph(PDFont font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	private static byte[] read(String name) {
		try (var in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("The font " + FOLDER + name + " is missing: the Maven build copies it "
						+ "from frontend/node_modules (npm ci)");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
