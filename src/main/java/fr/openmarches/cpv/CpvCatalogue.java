package fr.openmarches.cpv;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CPV 2008 vocabulary, read from the eForms SDK's genericode list on first use and then held
 * in memory (about 9,500 codes).
 */
@Component
public class CpvCatalogue {

	static final String SOURCE = "eforms-sdk/codelists/cpv.gc";

	private static final Pattern CODE = Pattern.compile("\\d{8}");

	private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{8})(?:-\\d)?\\b.*", Pattern.DOTALL);

	private volatile Map<String, Entry> codes;

	/** The code, if it is one of the vocabulary. Accepts the legacy form with a check digit ({@code 45000000-7}). */
	public Optional<CpvCode> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		var matcher = LEADING_CODE.matcher(code);
		return matcher.matches() ? Optional.ofNullable(codes().get(matcher.group(1))).map(Entry::code) : Optional.empty();
	}

	/**
	 * Reads a code typed or picked in a form: eight digits, possibly followed by the label as the
	 * picker shows it (« 45233140 — Travaux routiers »).
	 * @throws UnknownCpvCodeException when it is not a code of the vocabulary
	 */
	public CpvCode require(String typed) {
		return find(typed).orElseThrow(() -> new UnknownCpvCodeException(typed));
	}

	/** From the division down to the code itself. */
	public List<CpvCode> lineage(String code) {
		var lineage = new ArrayList<CpvCode>();
		for (var current = find(code).orElse(null); current != null; current = current.parent() == null ? null
				: codes().get(current.parent()).code()) {
			lineage.add(current);
		}
		Collections.reverse(lineage);
		return lineage;
	}

	/** Whether {@code code} is {@code ancestor} or lies below it. */
	public boolean isWithin(String code, String ancestor) {
		return lineage(code).stream().anyMatch(c -> c.code().equals(ancestor));
	}

	/** The codes one level below. */
	public List<CpvCode> children(String code) {
		return codes().values().stream().map(Entry::code).filter(c -> code.equals(c.parent())).toList();
	}

	/**
	 * Codes whose number starts with the digits typed, or whose label (in {@code locale}'s language,
	 * then the other) holds every word typed, ignoring case and accents; broader codes first.
	 */
	public List<CpvCode> search(String query, Locale locale, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		var digits = query.strip();
		if (digits.chars().allMatch(Character::isDigit)) {
			return codes().values().stream().map(Entry::code).filter(c -> c.code().startsWith(digits)).limit(limit).toList();
		}
		var words = Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		return codes().values()
			.stream()
			.filter(entry -> words.stream().allMatch((english ? entry.englishFolded() : entry.frenchFolded())::contains))
			.map(Entry::code)
			.sorted((a, b) -> Integer.compare(depth(a.code()), depth(b.code())))
			.limit(limit)
			.toList();
	}

	public int size() {
		return codes().size();
	}

	/** How specific a code is: the number of significant digits before the trailing zeros. */
	static int depth(String code) {
		int end = code.length();
		while (end > 2 && code.charAt(end - 1) == '0') {
			end--;
		}
		return end;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private Map<String, Entry> codes() {
		var loaded = codes;
		if (loaded == null) {
			synchronized (this) {
				loaded = codes;
				if (loaded == null) {
					codes = loaded = load();
				}
			}
		}
		return loaded;
	}

	private static Map<String, Entry> load() {
		try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
			var factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			var xml = factory.createXMLStreamReader(in);
			var entries = new LinkedHashMap<String, Entry>();
			Map<String, String> row = null;
			String column = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "Row" -> row = new java.util.HashMap<>();
						case "Value" -> column = xml.getAttributeValue(null, "ColumnRef");
						case "SimpleValue" -> {
							if (row != null && column != null) {
								row.put(column, xml.getElementText().strip());
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "Row".equals(xml.getLocalName()) && row != null) {
					var code = row.get("code");
					if (code != null && CODE.matcher(code).matches()) {
						var french = row.getOrDefault("fra_label", row.get("Name"));
						var english = row.getOrDefault("eng_label", row.get("Name"));
						entries.put(code, new Entry(new CpvCode(code, row.get("parentCode"), french, english),
								fold(french), fold(english)));
					}
					row = null;
				}
			}
			return Collections.unmodifiableMap(entries);
		}
		catch (IOException | XMLStreamException e) {
			throw new IllegalStateException("Cannot read the CPV list " + SOURCE, e);
		}
	}

	private record Entry(CpvCode code, String frenchFolded, String englishFolded) {
	}
}
