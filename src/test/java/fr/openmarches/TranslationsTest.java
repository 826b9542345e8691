package fr.openmarches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in French and in English: each module's two bundles hold the same keys, no
 * value is empty, and every key used by a template or by the Java code exists.
 */
class TranslationsTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");

	private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg(?:WithParams)?\\('([\\w.-]+)'");

	@Test
	void frenchAndEnglishBundlesHoldTheSameKeys() throws IOException {
		try (var modules = Files.list(BUNDLES)) {
			for (var module : modules.toList()) {
				var french = load(module.resolve("messages.properties"));
				var english = load(module.resolve("messages_en.properties"));
				assertThat(english.stringPropertyNames()).as("English keys of %s", module.getFileName())
					.containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
				for (var bundle : new Properties[] { french, english }) {
					bundle.forEach((key, value) -> assertThat((String) value).as("%s in %s", key, module).isNotBlank());
				}
			}
		}
	}

	/**
	 * In a message with arguments, MessageFormat reads a single apostrophe as a quote: « l'{0} »
	 * would print « l{0} ». Such messages must double it (« l''{0} ») or use the typographic ’.
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		var placeholder = Pattern.compile("\\{\\d+(,[^}]*)?}");
		var loneApostrophe = Pattern.compile("(?<!')'(?!')");
		var wrong = new TreeSet<String>();
		try (var modules = Files.list(BUNDLES)) {
			for (var module : modules.toList()) {
				for (var file : new String[] { "messages.properties", "messages_en.properties" }) {
					load(module.resolve(file)).forEach((key, value) -> {
						var text = (String) value;
						if (placeholder.matcher(text).find() && loneApostrophe.matcher(text).find()) {
							wrong.add(module.getFileName() + "/" + file + ": " + key);
						}
					});
				}
			}
		}
		assertThat(wrong).as("messages with arguments and a single apostrophe").isEmpty();
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		var known = allKeys();
		var missing = new TreeSet<String>();
		try (var templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (var template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				var text = Files.readString(template);
				Stream.concat(TEMPLATE_KEY.matcher(text).results(), MESSAGES_CALL.matcher(text).results())
					.map(match -> match.group(1))
					.filter(key -> !known.contains(key))
					.forEach(key -> missing.add(key + " (" + template.getFileName() + ")"));
			}
		}
		assertThat(missing).as("message keys used by templates but missing from the bundles").isEmpty();
	}

	@Test
	void everyKeyNamedInJavaCodeExists() throws IOException {
		var known = allKeys();
		Set<String> prefixes = new HashSet<>();
		try (var modules = Files.list(BUNDLES)) {
			modules.forEach(module -> prefixes.add(module.getFileName().toString() + "."));
		}
		var literal = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.-]+)\"");
		var missing = new TreeSet<String>();
		try (var sources = Files.walk(Path.of("src/main/java"))) {
			for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				literal.matcher(Files.readString(source))
					.results()
					.map(match -> match.group(1))
					.filter(key -> prefixes.stream().anyMatch(key::startsWith))
					.filter(key -> !key.endsWith("."))
					.filter(key -> !known.contains(key))
					.forEach(key -> missing.add(key + " (" + source.getFileName() + ")"));
			}
		}
		assertThat(missing).as("message keys named in Java code but missing from the bundles").isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		var keys = new HashSet<String>();
		try (var modules = Files.list(BUNDLES)) {
			for (var module : modules.toList()) {
				keys.addAll(load(module.resolve("messages.properties")).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		assertThat(file).exists();
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
