package fr.openmarches.dume;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML for the DUME: the UBL namespaces, a parser that refuses any DOCTYPE (so no entity, external
 * or not, is ever expanded: no XXE, no « billion laughs »), the ESPD-EDM 4.1.0 XSDs from the
 * classpath, and small DOM helpers.
 */
final class EspdXml {

	static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

	static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	static final String REQUEST = "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2";

	static final String RESPONSE = "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2";

	static final String FOLDER = "/espd/edm-4.1.0/";

	/** The largest DUME accepted for import: the official example with every answer is 1.1 MB. */
	static final int MAX_SIZE = 8 * 1024 * 1024;

	private static final Schema REQUEST_SCHEMA = schema("UBL-QualificationApplicationRequest-2.3.xsd");

	private static final Schema RESPONSE_SCHEMA = schema("UBL-QualificationApplicationResponse-2.3.xsd");

	private EspdXml() {
	}

	/** Reads XML, refusing DOCTYPEs, external entities and XInclude. */
	static Document parse(byte[] bytes) {
		if (bytes.length > MAX_SIZE) {
			throw new EspdRejectedException(EspdRejectedException.Reason.TOO_LARGE, null);
		}
		try {
			return builder().parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXParseException e) {
			if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
				throw new EspdRejectedException(EspdRejectedException.Reason.DOCTYPE, e.getMessage());
			}
			throw new EspdRejectedException(EspdRejectedException.Reason.MALFORMED,
					"line " + e.getLineNumber() + ": " + e.getMessage());
		}
		catch (SAXException e) {
			throw new EspdRejectedException(EspdRejectedException.Reason.MALFORMED, e.getMessage());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads one of the platform's own resources (trusted, still parsed the same safe way). */
	static Document parseResource(String name) {
		try (var in = resource(name)) {
			return builder().parse(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SAXException e) {
			throw new IllegalStateException("Cannot read " + name, e);
		}
	}

	static Document newDocument() {
		return builder().newDocument();
	}

	/** The problems the request XSD finds, none if valid. */
	static List<String> requestProblems(Document document) {
		return problems(REQUEST_SCHEMA, document);
	}

	/** The problems the response XSD finds, none if valid. */
	static List<String> responseProblems(Document document) {
		return problems(RESPONSE_SCHEMA, document);
	}

	static byte[] serialise(Document document) {
		try {
			var transformer = TransformerFactory.newDefaultInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			var out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException e) {
			throw new IllegalStateException("Cannot write the DUME", e);
		}
	}

	/** Appends {@code <cbc:name>text</cbc:name>} (or cac) to {@code parent} and returns it. */
	static Element add(Element parent, String namespace, String name, String text) {
		var prefix = CAC.equals(namespace) ? "cac:" : CBC.equals(namespace) ? "cbc:" : "";
		var child = parent.getOwnerDocument().createElementNS(namespace, prefix + name);
		if (text != null) {
			child.setTextContent(text);
		}
		parent.appendChild(child);
		return child;
	}

	static Element cbc(Element parent, String name, String text) {
		return add(parent, CBC, name, text);
	}

	static Element cac(Element parent, String name) {
		return add(parent, CAC, name, null);
	}

	/** The element children of {@code parent} named {@code local} in {@code namespace}. */
	static List<Element> children(Node parent, String namespace, String local) {
		var found = new ArrayList<Element>();
		for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	static Element child(Node parent, String namespace, String local) {
		var found = children(parent, namespace, local);
		return found.isEmpty() ? null : found.getFirst();
	}

	/** The text of the first such child, stripped, or null. */
	static String text(Node parent, String namespace, String local) {
		var child = child(parent, namespace, local);
		if (child == null) {
			return null;
		}
		var text = child.getTextContent().strip();
		return text.isEmpty() ? null : text;
	}

	/** Removes comments under {@code node}: the official structure explains itself in comments. */
	static void stripComments(Node node) {
		for (var child = node.getFirstChild(); child != null;) {
			var next = child.getNextSibling();
			if (child.getNodeType() == Node.COMMENT_NODE) {
				node.removeChild(child);
			}
			else {
				stripComments(child);
			}
			child = next;
		}
	}

	private static List<String> problems(Schema schema, Document document) {
		var problems = new ArrayList<String>();
		var validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
				}

				@Override
				public void error(SAXParseException e) {
					problems.add(e.getMessage());
				}

				@Override
				public void fatalError(SAXParseException e) {
					problems.add(e.getMessage());
				}
			});
			validator.validate(new DOMSource(document));
		}
		catch (SAXException e) {
			if (problems.isEmpty()) {
				problems.add(e.getMessage());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return problems;
	}

	private static DocumentBuilder builder() {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			// errors become exceptions, with nothing printed on the console
			builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
				}

				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e;
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			return builder;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Schema schema(String name) {
		var url = EspdXml.class.getResource(FOLDER + "xsd/maindoc/" + name);
		if (url == null) {
			throw new IllegalStateException("Missing XSD " + name);
		}
		try {
			var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// the XSDs import each other by relative paths, inside the application's own resources
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return factory.newSchema(url);
		}
		catch (SAXException e) {
			throw new IllegalStateException("Cannot load XSD " + name, e);
		}
	}

	static InputStream resource(String name) {
		var in = EspdXml.class.getResourceAsStream(FOLDER + name);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + FOLDER + name);
		}
		return in;
	}
}
