package fr.openmarches.download.web;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import fr.openmarches.download.DownloadView;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.SpreadsheetCsv;

/** The download register as a spreadsheet: one line per download, Paris time. */
final class RegisterCsv {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LegalTime.ZONE);

	private RegisterCsv() {
	}

	static void write(List<DownloadView> register, Labels labels, Writer out) throws IOException {
		var csv = SpreadsheetCsv.start(out, labels.header());
		for (var download : register) {
			var who = download.downloader();
			csv.row(List.of(WHEN.format(download.downloadedAt()), who == null ? labels.anonymous() : who.familyName(),
					who == null ? "" : who.givenName(), who == null ? "" : who.company(), who == null ? "" : who.email(),
					download.wholeDce() ? labels.whole() : labels.partial(),
					download.pieces().stream().map(DownloadView.PieceView::fileName).collect(Collectors.joining(", "))));
		}
		csv.finish();
	}

	/** The translated words of the file. */
	record Labels(List<String> header, String anonymous, String whole, String partial) {
	}
}
