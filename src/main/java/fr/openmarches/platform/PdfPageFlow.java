package fr.openmarches.platform;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text flowing down A4 pages: lines wrapped to the width (at spaces, or anywhere in a word too
 * long for a line, such as a hash), a new page when the next block does not fit. Just what the
 * platform's documents (receipts, opening reports, letters) need, so that they read on their own
 * without a layout engine.
 */
public final class PdfPageFlow implements AutoCloseable {

	public static final float MARGIN = 50;

	public static final float LABEL_WIDTH = 165;

	private static final float BOTTOM = MARGIN + 20; // room for the footer

	private static final float LEADING = 1.35f;

	private static final float TEXT = 9.5f;

	private static final float HASH = 8f;

	private final PDDocument document;

	private final PdfFonts fonts;

	private PDPageContentStream content;

	private float y;

	public PdfPageFlow(PDDocument document, PdfFonts fonts) throws IOException {
		this.document = document;
		this.fonts = fonts;
		newPage();
	}

	public float width() {
		return PDRectangle.A4.getWidth() - 2 * MARGIN;
	}

	/** Starts a new page unless {@code height} points still fit on this one. */
	public void keep(float height) throws IOException {
		if (y - height < BOTTOM) {
			newPage();
		}
	}

	public void gap(float points) {
		y -= points;
	}

	/** A paragraph across the full width. */
	public void paragraph(String text, PDFont font, float size, Color color) throws IOException {
		for (var line : wrap(text, font, size, width())) {
			keep(size * LEADING);
			y -= size * LEADING;
			show(line, font, size, MARGIN, y, color);
		}
	}

	/** A heading with a rule under it, kept with the first lines that follow. */
	public void heading(String text) throws IOException {
		keep(60);
		gap(8);
		paragraph(text, fonts.bold, 12, Color.BLACK);
		content.setStrokingColor(Color.GRAY);
		content.setLineWidth(0.5f);
		content.moveTo(MARGIN, y - 4);
		content.lineTo(MARGIN + width(), y - 4);
		content.stroke();
		gap(8);
	}

	/** « Label : value », the value wrapped in its own column. */
	public void field(String label, String value, PDFont valueFont) throws IOException {
		field(label, value, valueFont, TEXT);
	}

	/**
	 * A hash, in the monospace font and small enough for a SHA-256 (64 hex digits) to stay on one
	 * line, easy to select and compare; longer values wrap.
	 */
	public void hash(String label, String value) throws IOException {
		field(label, value, fonts.mono, HASH);
	}

	private void field(String label, String value, PDFont valueFont, float valueSize) throws IOException {
		var labels = wrap(label, fonts.regular, TEXT, LABEL_WIDTH - 8);
		var values = wrap(value == null || value.isBlank() ? "—" : value, valueFont, valueSize, width() - LABEL_WIDTH);
		var lines = Math.max(labels.size(), values.size());
		keep(lines * TEXT * LEADING);
		for (int i = 0; i < lines; i++) {
			y -= TEXT * LEADING;
			if (i < labels.size()) {
				show(labels.get(i), fonts.regular, TEXT, MARGIN, y, Color.DARK_GRAY);
			}
			if (i < values.size()) {
				show(values.get(i), valueFont, valueSize, MARGIN + LABEL_WIDTH, y, Color.BLACK);
			}
		}
		gap(2);
	}

	/** White bold text on a red band, then a line of detail: impossible to overlook. */
	public void banner(String title, String detail) throws IOException {
		var titleSize = 14f;
		var detailSize = 9.5f;
		var titleLines = wrap(title, fonts.bold, titleSize, width() - 20);
		var detailLines = wrap(detail, fonts.regular, detailSize, width() - 20);
		var height = titleLines.size() * titleSize * LEADING + detailLines.size() * detailSize * LEADING + 16;
		keep(height + 8);
		gap(4);
		content.setNonStrokingColor(new Color(0xCE, 0x05, 0x00)); // DSFR's error red
		content.addRect(MARGIN, y - height, width(), height);
		content.fill();
		var line = y - 6;
		for (var text : titleLines) {
			line -= titleSize * LEADING;
			show(text, fonts.bold, titleSize, MARGIN + 10, line, Color.WHITE);
		}
		for (var text : detailLines) {
			line -= detailSize * LEADING;
			show(text, fonts.regular, detailSize, MARGIN + 10, line, Color.WHITE);
		}
		y -= height + 8;
	}

	/** The lines {@code text} takes within {@code width}. */
	public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		var printable = fonts.printable(font, text).strip();
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : printable.split(" +")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			// a word wider than the line is cut where it must be
			var rest = word;
			while (width(rest, font, size) > width) {
				var cut = fitting(rest, font, size, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private int fitting(String word, PDFont font, float size, float width) throws IOException {
		int cut = word.offsetByCodePoints(0, 1);
		while (cut < word.length()) {
			var next = word.offsetByCodePoints(cut, 1);
			if (width(word.substring(0, next), font, size) > width) {
				break;
			}
			cut = next;
		}
		return cut;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private void show(String text, PDFont font, float size, float x, float baseline, Color color) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.setNonStrokingColor(color);
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
	}

	private void newPage() throws IOException {
		close();
		var page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** Writes {@code text} at the foot of every page, e.g. the page numbers once they are known. */
	public static void footers(PDDocument document, PdfFonts fonts, IntFunction<String> text)
			throws IOException {
		int number = 0;
		for (var page : document.getPages()) {
			number++;
			try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
					true)) {
				footer.beginText();
				footer.setFont(fonts.regular, 8);
				footer.setNonStrokingColor(Color.GRAY);
				footer.newLineAtOffset(MARGIN, MARGIN - 15);
				footer.showText(fonts.printable(fonts.regular, text.apply(number)));
				footer.endText();
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}
}
