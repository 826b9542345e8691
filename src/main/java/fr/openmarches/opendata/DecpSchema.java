package fr.openmarches.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.openmarches.consultation.Violation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The official JSON Schema of the DECP, v2.0.3 (draft-07), shipped in
 * {@code src/main/resources/decp/} as the Ministry of the Economy publishes it (public domain,
 * see its LICENSE). Every document the platform serves is checked against it.
 */
@Component
public class DecpSchema {

	/** Where the schema is, on the class path. */
	public static final String LOCATION = "decp/schema_decp_v2.0.3.json";

	private final Schema schema;

	DecpSchema() {
		try (var in = new ClassPathResource(LOCATION).getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The DECP schema is missing from the class path", e);
		}
	}

	/**
	 * What is wrong with {@code document} (a whole {@code {"marches": …}} file), each problem as
	 * {@code opendata.error.schema} with the place in the document and the validator's text in
	 * {@code locale}'s language; empty when valid.
	 */
	public List<Violation> problems(JsonNode document, Locale locale) {
		return schema.validate(document, context -> context.executionConfig(config -> config.locale(locale)))
			.stream()
			.map(error -> Violation.of(error.getInstanceLocation().toString(), "opendata.error.schema",
					error.getInstanceLocation().toString(), error.getMessage()))
			.toList();
	}
}
