package fr.openmarches.dume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Fault: hostile XML in an uploaded DUME (ESPD). The real parser the import uses refuses any
 * DOCTYPE before an entity is declared, let alone expanded or fetched: no local file is read, no
 * entity bomb grows, no XInclude is followed. (The import's HTTP refusal, translated, is in
 * {@link DumeTest}.)
 */
class HostileXmlTest {

	private static final String RESPONSE = "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2";

	@Test
	void aBillionLaughsIsRefusedBeforeAnyEntityGrows() {
		var lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
		for (int i = 2; i <= 9; i++) {
			lol.append("<!ENTITY lol").append(i).append(" \"");
			lol.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		lol.append("]>\n<QualificationApplicationResponse xmlns=\"").append(RESPONSE).append("\">&lol9;</QualificationApplicationResponse>");

		assertRefused(lol.toString(), EspdRejectedException.Reason.DOCTYPE);
	}

	@Test
	void anExternalDtdOrParameterEntityIsNeverFetched() {
		assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"file:///etc/passwd\">\n<QualificationApplicationResponse xmlns=\""
				+ RESPONSE + "\"/>", EspdRejectedException.Reason.DOCTYPE);
		assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>\n"
				+ "<QualificationApplicationResponse xmlns=\"" + RESPONSE + "\"/>", EspdRejectedException.Reason.DOCTYPE);
		assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
				+ "<QualificationApplicationResponse xmlns=\"" + RESPONSE + "\">&secret;</QualificationApplicationResponse>",
				EspdRejectedException.Reason.DOCTYPE);
	}

	@Test
	void anXIncludeIsLeftAsAnUnknownElementAndNothingIsRead() {
		var xml = "<?xml version=\"1.0\"?>\n<QualificationApplicationResponse xmlns=\"" + RESPONSE
				+ "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/>"
				+ "</QualificationApplicationResponse>";

		var document = EspdXml.parse(xml.getBytes(StandardCharsets.UTF_8));

		assertThat(document.getDocumentElement().getTextContent()).doesNotContain("root:");
		assertThat(document.getElementsByTagNameNS("http://www.w3.org/2001/XInclude", "include").getLength()).isEqualTo(1);
		assertThat(EspdXml.responseProblems(document)).as("and the schema refuses it").isNotEmpty();
	}

	private static void assertRefused(String xml, EspdRejectedException.Reason reason) {
		assertThatThrownBy(() -> EspdXml.parse(xml.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(EspdRejectedException.class, e -> {
				assertThat(e.reason()).isEqualTo(reason);
				assertThat(e.getMessage()).doesNotContain("root:");
			});
	}
}
