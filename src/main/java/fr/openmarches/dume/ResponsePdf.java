package fr.openmarches.dume;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.openmarches.platform.LegalTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DUME response as a readable A4 PDF, with PDFBox and the DejaVu fonts the build copies (as
 * the deposit receipt): the consultation, the economic operator, then each criterion with the
 * buyer's requirements and the company's answer. In French unless asked in English.
 */
final class ResponsePdf {

	private static final float MARGIN = 50;

	private static final float LEADING = 1.35f;

	private ResponsePdf() {
	}

	static byte[] render(EspdResponse response, Locale locale, Clock clock) {
		var bundle = ResourceBundle.getBundle("i18n.dume.messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		var language = bundle.getLocale().getLanguage().isEmpty() ? Locale.FRENCH : bundle.getLocale();
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var flow = new Flow(document);
			var consultation = response.consultation();
			var operator = response.operator();
			flow.text(text(bundle, language, "dume.pdf.title"), flow.bold, 17, Color.BLACK);
			// a saved response renders as of its saving, byte for byte the same each time (a deposit's copy is checked so)
			var when = response.saved() ? response.updatedAt() : clock.instant();
			flow.text(text(bundle, language, response.saved() ? "dume.pdf.saved" : "dume.pdf.generated",
					DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", language).withZone(LegalTime.ZONE).format(when)),
					flow.regular, 9, Color.DARK_GRAY);
			flow.heading(text(bundle, language, "dume.pdf.consultation"));
			flow.text(consultation.reference() + " — " + consultation.title(), flow.regular, 10, Color.BLACK);
			flow.text(consultation.entity().displayName(), flow.regular, 10, Color.DARK_GRAY);
			flow.heading(text(bundle, language, "dume.pdf.operator"));
			flow.text(operator.name(), flow.bold, 10, Color.BLACK);
			flow.text(text(bundle, language, "dume.pdf.siret", operator.siret() == null ? "—" : operator.siret()),
					flow.regular, 10, Color.BLACK);
			flow.text(operator.street() + ", " + operator.postcode() + " " + operator.city() + " (" + operator.country() + ")",
					flow.regular, 10, Color.BLACK);
			flow.text(text(bundle, language, operator.sme() ? "dume.pdf.sme" : "dume.pdf.notSme"), flow.regular, 10,
					Color.BLACK);
			flow.text(text(bundle, language, "dume.pdf.legalForm", operator.legalForm() == null ? "—" : operator.legalForm()),
					flow.regular, 10, Color.BLACK);
			var amounts = NumberFormat.getCurrencyInstance(Locale.FRANCE);
			for (var kind : EspdCriterion.Kind.values()) {
				var criteria = response.request().criteria().stream().filter(c -> c.kind() == kind).toList();
				if (criteria.isEmpty()) {
					continue;
				}
				flow.heading(text(bundle, language, "dume.kind." + kind.name()));
				for (var criterion : criteria) {
					flow.gap(4);
					flow.text(criterion.name(language), flow.bold, 10, Color.BLACK);
					for (var requirement : criterion.requirements()) {
						var value = response.request().requirement(requirement.propertyId());
						if (value != null) {
							flow.text(requirement.description() + " : " + (requirement.kind() == EspdCriterion.ValueKind.AMOUNT
									? amounts.format(new java.math.BigDecimal(value)) : value), flow.regular, 9, Color.DARK_GRAY);
						}
					}
					var answer = response.answer(criterion.code());
					if (answer == null) {
						flow.text(text(bundle, language, "dume.pdf.unanswered"), flow.regular, 10, new Color(0xCE, 0x05, 0x00));
						continue;
					}
					if (answer.indicator() != null) {
						flow.text(text(bundle, language, "dume.pdf.answer",
								text(bundle, language, answer.indicator() ? "dume.answer.yes" : "dume.answer.no")),
								flow.regular, 10, Color.BLACK);
					}
					if (answer.amount() != null) {
						flow.text(text(bundle, language, "dume.pdf.amount", amounts.format(answer.amount())), flow.regular,
								10, Color.BLACK);
					}
					if (answer.text() != null) {
						flow.text(answer.text(), flow.regular, 10, Color.BLACK);
					}
					for (var followUp : criterion.due(answer)) {
						var named = answer.evidence().get(followUp.propertyId());
						if (named != null) {
							var parts = new java.util.ArrayList<String>();
							for (var part : new String[] { named.description(), named.reference(), named.issuer(),
									named.url() }) {
								if (part != null) {
									parts.add(part);
								}
							}
							flow.text(text(bundle, language, "dume.pdf.followUp", followUp.description(), String.join(" — ", parts)),
									flow.regular, 10, Color.BLACK);
							continue;
						}
						var value = answer.details().get(followUp.propertyId());
						if (value != null && followUp.asked()) {
							var shown = switch (followUp.type()) {
								case "INDICATOR" -> text(bundle, language, "true".equals(value) ? "dume.answer.yes" : "dume.answer.no");
								case "AMOUNT" -> amounts.format(new java.math.BigDecimal(value));
								case "PERIOD" -> value.replace("/", " – ");
								case "CODE" -> text(bundle, language, "dume.role." + value);
								default -> value;
							};
							flow.text(text(bundle, language, "dume.pdf.followUp", followUp.description(), shown), flow.regular,
									10, Color.BLACK);
						}
					}
				}
			}
			flow.close();
			var info = document.getDocumentInformation();
			info.setTitle(text(bundle, language, "dume.pdf.title") + " — " + consultation.reference());
			info.setCreator("OpenMarchés");
			document.getDocumentCatalog().setLanguage(language.toLanguageTag());
			// the file identifier PDFBox writes is derived from this instead of the current time
			document.setDocumentId(when.toEpochMilli());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
		var pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** Text flowing down A4 pages, wrapped at spaces; characters without a glyph become « ? ». */
	private static final class Flow {

		final PDFont regular;

		final PDFont bold;

		private final PDDocument document;

		private PDPageContentStream content;

		private float y;

		Flow(PDDocument document) throws IOException {
			this.document = document;
			this.regular = PDType0Font.load(document, new ByteArrayInputStream(font("DejaVuSans.ttf")), true);
			this.bold = PDType0Font.load(document, new ByteArrayInputStream(font("DejaVuSans-Bold.ttf")), true);
			newPage();
		}

		void heading(String title) throws IOException {
			gap(10);
			text(title, bold, 12.5f, new Color(0x00, 0x00, 0x91)); // DSFR's blue
			content.setStrokingColor(Color.GRAY);
			content.setLineWidth(0.5f);
			content.moveTo(MARGIN, y - 3);
			content.lineTo(PDRectangle.A4.getWidth() - MARGIN, y - 3);
			content.stroke();
			gap(6);
		}

		void gap(float points) {
			y -= points;
		}

		void text(String text, PDFont font, float size, Color color) throws IOException {
			for (var paragraph : text.split("\n")) {
				for (var line : wrap(printable(font, paragraph), font, size)) {
					if (y - size * LEADING < MARGIN) {
						newPage();
					}
					y -= size * LEADING;
					content.beginText();
					content.setFont(font, size);
					content.setNonStrokingColor(color);
					content.newLineAtOffset(MARGIN, y);
					content.showText(line);
					content.endText();
				}
			}
		}

		private List<String> wrap(String text, PDFont font, float size) throws IOException {
			var width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			var lines = new ArrayList<String>();
			var line = new StringBuilder();
			for (var word : text.strip().split(" +")) {
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

		private static String printable(PDFont font, String text) {
			var out = new StringBuilder();
			text.codePoints().forEach(point -> {
				if (Character.isISOControl(point)) {
					out.append(' ');
					return;
				}
				try {
					font.encode(new String(Character.toChars(point)));
					out.appendCodePoint(point);
				}
				catch (IOException | IllegalArgumentException e) {
					out.append('?');
				}
			});
			return out.toString();
		}

		private void newPage() throws IOException {
			close();
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		private static byte[] font(String name) {
			try (var in = ResponsePdf.class.getResourceAsStream("/fonts/dejavu/ttf/" + name)) {
				if (in == null) {
					throw new IllegalStateException("The font " + name + " is missing: the Maven build copies it from "
							+ "frontend/node_modules (npm ci)");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
