package fr.openmarches.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the client needs, without a library (the jar carries only the client and the
 * sealing module): reads a document into maps, lists, strings, numbers ({@link BigDecimal}),
 * booleans and nulls; writes strings quoted.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		var json = new Json(text);
		json.space();
		var value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("end of the document expected");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		if (parse(text) instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("A JSON object was expected");
	}

	@SuppressWarnings("unchecked")
	static List<Object> array(String text) {
		if (parse(text) instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw new IllegalArgumentException("A JSON array was expected");
	}

	static String quote(String value) {
		if (value == null) {
			return "null";
		}
		var out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private Object value() {
		if (at >= text.length()) {
			throw error("a value expected");
		}
		char c = text.charAt(at);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> word("true", Boolean.TRUE);
			case 'f' -> word("false", Boolean.FALSE);
			case 'n' -> word("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		var map = new LinkedHashMap<String, Object>();
		at++;
		space();
		if (peek() == '}') {
			at++;
			return map;
		}
		while (true) {
			space();
			if (peek() != '"') {
				throw error("a name expected");
			}
			var name = string();
			space();
			expect(':');
			space();
			map.put(name, value());
			space();
			if (peek() == ',') {
				at++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		var list = new ArrayList<Object>();
		at++;
		space();
		if (peek() == ']') {
			at++;
			return list;
		}
		while (true) {
			space();
			list.add(value());
			space();
			if (peek() == ',') {
				at++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		at++;
		var out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = text.charAt(at++);
			switch (e) {
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> out.append(e);
			}
		}
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("'" + word + "' expected");
		}
		at += word.length();
		return value;
	}

	private BigDecimal number() {
		int from = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		if (from == at) {
			throw error("a value expected");
		}
		return new BigDecimal(text.substring(from, at));
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "' expected");
		}
		at++;
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("Not JSON at character " + at + ": " + what);
	}
}
