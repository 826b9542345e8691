package fr.openmarches.dume;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The ESPD-EDM 4.1.0 business rules, as the release ships them: its schematron compiled to XSLT 2.0
 * ({@code validation/ESPDRequest/xsl/*.xsl}, {@code validation/ESPDResponse/xsl/*.xsl}, copied
 * unchanged into the test resources), run with Saxon-HE on a document. Each rule file writes an
 * SVRL report; every {@code svrl:failed-assert} and {@code svrl:successful-report} of any of them
 * (whatever its flag: fatal, error or warning) is a {@link Violation}.
 */
final class EspdBusinessRules {

	/** A rule the document breaks: its id (e.g. {@code BR-TCR-06-01}), flag, where, and the rule's words. */
	record Violation(String file, String id, String flag, String location, String text) {

		@Override
		public String toString() {
			return id + " (" + flag + ", " + file + ") at " + location + ": " + text;
		}
	}

	private static final Processor SAXON = new Processor(false);

	private static final Map<String, List<Rules>> COMPILED = new ConcurrentHashMap<>();

	private record Rules(String file, XsltExecutable executable) {
	}

	private EspdBusinessRules() {
	}

	/** Every rule of {@code ESPDRequest/xsl} the request breaks. */
	static List<Violation> ofRequest(byte[] xml) {
		return run("ESPDRequest", xml);
	}

	/** Every rule of {@code ESPDResponse/xsl} the response breaks. */
	static List<Violation> ofResponse(byte[] xml) {
		return run("ESPDResponse", xml);
	}

	private static List<Violation> run(String kind, byte[] xml) {
		var violations = new ArrayList<Violation>();
		for (var rules : COMPILED.computeIfAbsent(kind, EspdBusinessRules::compile)) {
			try {
				var report = new XdmDestination();
				var transformer = rules.executable().load30();
				transformer.transform(new StreamSource(new ByteArrayInputStream(xml), "urn:openmarches:espd-document"),
						report);
				var fired = SAXON.newXPathCompiler();
				fired.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
				for (var item : fired.evaluate("//svrl:failed-assert | //svrl:successful-report", report.getXdmNode())) {
					var node = (XdmNode) item;
					violations.add(new Violation(rules.file(), node.attribute("id"), node.attribute("flag") != null ? node.attribute("flag") : node.attribute("role"),
							node.attribute("location"), node.getStringValue().strip().replaceAll("\\s+", " ")));
				}
			}
			catch (SaxonApiException e) {
				throw new IllegalStateException("The rules of " + rules.file() + " could not run", e);
			}
		}
		return violations;
	}

	private static List<Rules> compile(String kind) {
		URL folder = EspdBusinessRules.class.getResource("/espd/edm-4.1.0/validation/" + kind + "/xsl/");
		if (folder == null) {
			throw new IllegalStateException("The ESPD-EDM rules of " + kind + " are not in the test resources");
		}
		try (var files = Files.list(Path.of(folder.toURI()))) {
			var compiler = SAXON.newXsltCompiler();
			var rules = new ArrayList<Rules>();
			for (var file : files.filter(f -> f.getFileName().toString().endsWith(".xsl")).sorted().toList()) {
				// the system id lets document('ESPD-criterion.xml') find the release's file beside the rules
				rules.add(new Rules(file.getFileName().toString(),
						compiler.compile(new StreamSource(file.toFile()))));
			}
			if (rules.size() < 10) {
				throw new IllegalStateException("Only " + rules.size() + " rule files found for " + kind);
			}
			return List.copyOf(rules);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (URISyntaxException | SaxonApiException e) {
			throw new IllegalStateException("The ESPD-EDM rules of " + kind + " do not compile", e);
		}
	}
}
