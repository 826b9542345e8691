package fr.openmarches.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes the small PDF documents of the demonstration consultations: a title block, headings,
 * paragraphs, bullets and tables, on as many A4 pages as needed, each marked as fictitious.
 */
final class DemoPdf {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);

	private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

	private static final String FOOTER = "Document fictif créé pour la démonstration d'OpenMarchés";

	private final PDDocument document = new PDDocument();

	private PDPageContentStream content;

	private float y;

	private int pages;

	/** Starts a document with its kind (« Règlement de la consultation »), title and buyer. */
	DemoPdf(String kind, String title, String buyer, String reference) {
		newPage();
		write(BOLD, 9, buyer.toUpperCase(Locale.FRENCH), 0);
		y -= 6;
		write(BOLD, 17, kind, 0);
		write(REGULAR, 12, title, 0);
		write(REGULAR, 10, "Référence : " + reference, 0);
		y -= 4;
		rule();
		y -= 8;
	}

	DemoPdf heading(String text) {
		y -= 8;
		ensureRoom(40);
		write(BOLD, 12, text, 0);
		y -= 2;
		return this;
	}

	DemoPdf paragraph(String text) {
		write(REGULAR, 10, text, 0);
		y -= 5;
		return this;
	}

	DemoPdf bullet(String text) {
		ensureRoom(14);
		text(REGULAR, 10, MARGIN + 6, y - 10, "•");
		write(REGULAR, 10, text, 18);
		y -= 2;
		return this;
	}

	/** A table: a bold header row, then rows; {@code widths} are fractions of the page width. */
	DemoPdf table(List<String> header, List<List<String>> rows, float... widths) {
		y -= 4;
		row(BOLD, header, widths);
		rule();
		for (var row : rows) {
			row(REGULAR, row, widths);
		}
		rule();
		y -= 8;
		return this;
	}

	byte[] toBytes() {
		try (document) {
			closePage();
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void row(PDType1Font font, List<String> cells, float[] widths) {
		var wrapped = new ArrayList<List<String>>();
		int lines = 1;
		for (int i = 0; i < cells.size(); i++) {
			var cellLines = wrap(font, 9, cells.get(i), WIDTH * widths[i] - 6);
			wrapped.add(cellLines);
			lines = Math.max(lines, cellLines.size());
		}
		float height = lines * 12 + 4;
		ensureRoom(height);
		float x = MARGIN;
		for (int i = 0; i < cells.size(); i++) {
			float lineY = y - 11;
			for (var line : wrapped.get(i)) {
				text(font, 9, x, lineY, line);
				lineY -= 12;
			}
			x += WIDTH * widths[i];
		}
		y -= height;
	}

	private void write(PDType1Font font, float size, String text, float indent) {
		float leading = size * 1.35f;
		for (var paragraph : text.split("\n")) {
			for (var line : wrap(font, size, paragraph, WIDTH - indent)) {
				ensureRoom(leading);
				text(font, size, MARGIN + indent, y - size, line);
				y -= leading;
			}
		}
	}

	private void rule() {
		try {
			content.setLineWidth(0.6f);
			content.moveTo(MARGIN, y);
			content.lineTo(MARGIN + WIDTH, y);
			content.stroke();
			y -= 4;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void text(PDType1Font font, float size, float x, float baseline, String text) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, baseline);
			content.showText(printable(text));
			content.endText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> wrap(PDType1Font font, float size, String text, float width) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : printable(text).split(" ")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && widthOf(font, size, candidate) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static float widthOf(PDType1Font font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The standard PDF fonts have no narrow no-break space (French number grouping). */
	private static String printable(String text) {
		return text.replace('\u202f', ' ').replace('\u2009', ' ');
	}

	private void ensureRoom(float height) {
		if (y - height < MARGIN + 20) {
			newPage();
		}
	}

	private void newPage() {
		try {
			closePage();
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			pages++;
			y = PDRectangle.A4.getHeight() - MARGIN;
			text(REGULAR, 8, MARGIN, MARGIN - 10, FOOTER + " — page " + pages);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void closePage() {
		if (content != null) {
			try {
				content.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			content = null;
		}
	}
}
