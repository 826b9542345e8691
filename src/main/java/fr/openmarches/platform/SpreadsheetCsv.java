package fr.openmarches.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as French spreadsheet software opens it: UTF-8 with a byte-order mark, semicolons, every
 * cell quoted, lines ending CRLF. A cell a spreadsheet would compute as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe, so that exported registers cannot run code
 * (CSV injection).
 */
public final class SpreadsheetCsv {

	private final Writer out;

	private SpreadsheetCsv(Writer out) {
		this.out = out;
	}

	/** Starts a file: writes the byte-order mark and the header row. */
	public static SpreadsheetCsv start(Writer out, List<String> header) throws IOException {
		out.write('\uFEFF');
		var csv = new SpreadsheetCsv(out);
		csv.row(header);
		return csv;
	}

	public SpreadsheetCsv row(List<String> cells) throws IOException {
		out.write(cells.stream().map(SpreadsheetCsv::cell).collect(Collectors.joining(";")));
		out.write("\r\n");
		return this;
	}

	public void finish() throws IOException {
		out.flush();
	}

	static String cell(String value) {
		var text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
