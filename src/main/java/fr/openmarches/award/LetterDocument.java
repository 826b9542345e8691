package fr.openmarches.award;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A letter as a PDF (A4, DejaVu Sans embedded as in the deposit receipts, so that it reads the same
 * anywhere): a title, then headings, paragraphs and « label : value » lines, wrapped and paged.
 */
final class LetterDocument {

	private static final float MARGIN = 56;

	private static final float SIZE = 10.5f;

	private static final float LEADING = 1.4f;

	private final List<Block> blocks = new ArrayList<>();

	private final String title;

	LetterDocument(String title) {
		this.title = title;
	}

	private record Block(String text, boolean bold, float size, float before) {
	}

	LetterDocument heading(String text) {
		blocks.add(new Block(text, true, 12, 12));
		return this;
	}

	LetterDocument paragraph(String text) {
		blocks.add(new Block(text, false, SIZE, 6));
		return this;
	}

	LetterDocument field(String label, String value) {
		blocks.add(new Block(label + " : " + (value == null || value.isBlank() ? "—" : value), false, SIZE, 2));
		return this;
	}

	byte[] render() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var regular = font(document, "DejaVuSans.ttf");
			var bold = font(document, "DejaVuSans-Bold.ttf");
			document.getDocumentInformation().setTitle(title);
			document.getDocumentInformation().setCreator("OpenMarchés");
			var width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			var page = new Page(document);
			page.write(title, bold, 15, width, 0);
			for (var block : blocks) {
				page.write(block.text(), block.bold() ? bold : regular, block.size(), width, block.before());
			}
			page.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static PDFont font(PDDocument document, String name) throws IOException {
		try (var in = LetterDocument.class.getResourceAsStream("/fonts/dejavu/ttf/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font " + name + " is missing: the build copies it from frontend/node_modules");
			}
			return PDType0Font.load(document, new ByteArrayInputStream(in.readAllBytes()), true);
		}
	}

	/** The page being written, and a new one when the next line does not fit. */
	private static final class Page implements AutoCloseable {

		private final PDDocument document;

		private PDPageContentStream content;

		private float y;

		Page(PDDocument document) throws IOException {
			this.document = document;
			next();
		}

		void write(String text, PDFont font, float size, float width, float before) throws IOException {
			y -= before;
			for (var line : wrap(printable(text), font, size, width)) {
				if (y - size * LEADING < MARGIN) {
					next();
				}
				y -= size * LEADING;
				content.beginText();
				content.setFont(font, size);
				content.newLineAtOffset(MARGIN, y);
				content.showText(line);
				content.endText();
			}
		}

		private void next() throws IOException {
			close();
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		@Override
		public void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}
	}

	/** Control characters and line breaks become spaces: each block is one wrapped paragraph. */
	private static String printable(String text) {
		return text.replaceAll("\\p{Cntrl}", " ").replace('\u202F', ' ').strip();
	}

	private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : text.split(" +")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		lines.add(line.toString());
		return lines;
	}
}
