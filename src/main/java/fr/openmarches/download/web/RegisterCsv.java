package fr.openmarches.download.web;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import fr.openmarches.download.DownloadView;
import fr.openmarches.platform.LegalTime;

/**
 * The download register as CSV for spreadsheets: semicolon-separated, UTF-8 with a byte-order
 * mark (what French spreadsheet software expects), Paris time, one line per download. Cells that a
 * spreadsheet would read as a formula are quoted with a leading apostrophe (CSV injection).
 */
final class RegisterCsv {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LegalTime.ZONE);

	private RegisterCsv() {
	}

	static void write(List<DownloadView> register, Labels labels, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write(line(labels.header()));
		for (var download : register) {
			var who = download.downloader();
			out.write(line(List.of(WHEN.format(download.downloadedAt()), who == null ? labels.anonymous() : who.familyName(),
					who == null ? "" : who.givenName(), who == null ? "" : who.company(), who == null ? "" : who.email(),
					download.wholeDce() ? labels.whole() : labels.partial(),
					download.pieces().stream().map(DownloadView.PieceView::fileName).collect(Collectors.joining(", ")))));
		}
		out.flush();
	}

	/** The translated words of the file. */
	record Labels(List<String> header, String anonymous, String whole, String partial) {
	}

	private static String line(List<String> cells) {
		return cells.stream().map(RegisterCsv::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	static String cell(String value) {
		var text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
