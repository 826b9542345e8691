package fr.openmarches.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fact as canonical JSON (RFC 8785, JCS), restricted to what the log needs: one object whose
 * values are strings or arrays of strings, keys sorted, no white space, UTF-8. Numbers, times and
 * booleans are written as strings, so that no reader has to agree on number formatting; the same
 * fact always makes the same bytes, and so the same hash.
 */
final class Statement {

	private Statement() {
	}

	/** {@code facts}' values are strings, or collections of strings; null values are left out. */
	static String canonical(Map<String, ?> facts) {
		var out = new StringBuilder("{");
		for (var fact : new TreeMap<>(facts).entrySet()) {
			if (fact.getValue() == null) {
				continue;
			}
			if (out.length() > 1) {
				out.append(',');
			}
			string(out, fact.getKey());
			out.append(':');
			if (fact.getValue() instanceof Collection<?> values) {
				out.append('[');
				var first = true;
				for (var value : values) {
					if (!first) {
						out.append(',');
					}
					string(out, String.valueOf(value));
					first = false;
				}
				out.append(']');
			}
			else {
				string(out, String.valueOf(fact.getValue()));
			}
		}
		return out.append('}').toString();
	}

	static byte[] sha256(String statement) {
		return EntryHash.sha256(statement.getBytes(StandardCharsets.UTF_8));
	}

	/** A JSON string as RFC 8785 writes it: only quote, backslash and control characters escaped. */
	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
