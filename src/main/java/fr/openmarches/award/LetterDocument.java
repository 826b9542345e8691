package fr.openmarches.award;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.openmarches.platform.PdfFonts;
import fr.openmarches.platform.PdfPageFlow;

/**
 * A letter as a PDF, laid out like the platform's other documents ({@link PdfPageFlow}, DejaVu
 * Sans embedded): a title, then headings, paragraphs and « label : value » lines, wrapped and paged.
 */
final class LetterDocument {

	private final List<Block> blocks = new ArrayList<>();

	private final String title;

	LetterDocument(String title) {
		this.title = title;
	}

	private enum Kind {
		HEADING, PARAGRAPH, FIELD
	}

	private record Block(Kind kind, String text, String value) {
	}

	LetterDocument heading(String text) {
		blocks.add(new Block(Kind.HEADING, text, null));
		return this;
	}

	LetterDocument paragraph(String text) {
		blocks.add(new Block(Kind.PARAGRAPH, text, null));
		return this;
	}

	LetterDocument field(String label, String value) {
		blocks.add(new Block(Kind.FIELD, label, value));
		return this;
	}

	byte[] render() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle(title);
			document.getDocumentInformation().setCreator("OpenMarchés");
			document.getDocumentCatalog().setLanguage("fr");
			var fonts = new PdfFonts(document);
			try (var flow = new PdfPageFlow(document, fonts)) {
				flow.paragraph(title, fonts.bold, 15, Color.BLACK);
				for (var block : blocks) {
					switch (block.kind()) {
						case HEADING -> flow.heading(block.text());
						case PARAGRAPH -> {
							flow.gap(4);
							flow.paragraph(block.text(), fonts.regular, 10.5f, Color.BLACK);
						}
						// « label : value » in the running text, as a letter reads
						case FIELD -> flow.paragraph(block.text() + " : "
								+ (block.value() == null || block.value().isBlank() ? "—" : block.value()), fonts.regular,
								10.5f, Color.BLACK);
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
