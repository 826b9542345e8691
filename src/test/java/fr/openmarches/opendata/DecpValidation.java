package fr.openmarches.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The official schema, loaded by the test itself (not through the platform's {@link DecpSchema}):
 * from the standards folder when it is there, else from the copy shipped in the resources.
 */
public final class DecpValidation {

	/** The project's shared standards folder, beside the checkout (or beside its worktree's parent). */
	static final Path STANDARDS = java.util.stream.Stream.of("../shared", "../../shared")
		.map(folder -> Path.of(folder, "standards/decp/schema_decp_v2.0.3.json"))
		.filter(Files::exists)
		.findFirst()
		.orElse(Path.of("../shared/standards/decp/schema_decp_v2.0.3.json"));

	static final Path SHIPPED = Path.of("src/main/resources/decp/schema_decp_v2.0.3.json");

	private static final Schema SCHEMA = load();

	private DecpValidation() {
	}

	public static List<Error> errors(String json) {
		return SCHEMA.validate(json, InputFormat.JSON);
	}

	private static Schema load() {
		var path = Files.exists(STANDARDS) ? STANDARDS : SHIPPED;
		try (InputStream in = Files.newInputStream(path)) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
