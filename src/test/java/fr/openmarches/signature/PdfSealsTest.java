package fr.openmarches.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.openmarches.IntegrationTest;
import fr.openmarches.signature.LocalTsa.Behaviour;
import fr.openmarches.signature.TimestampException.Reason;

/**
 * The platform's PAdES seal, in the running application (built-in authority), and through an
 * external authority: a second, real TSA on localhost ({@link LocalTsa}).
 */
@IntegrationTest
public class PdfSealsTest {

	@Autowired
	PdfSeals seals;

	@Autowired
	PlatformKeys keys;

	@TempDir
	Path directory;

	@Test
	void aSealedPdfChecksAsValidSignedByThePlatformAndTimestamped() {
		var before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		var sealed = seals.seal(pdf("Accusé de réception"), "Accusé de réception", "Paris");
		var check = seals.check(sealed);

		assertThat(check.problem()).isNull();
		assertThat(check.signed()).isTrue();
		assertThat(check.intact()).isTrue();
		assertThat(check.valid()).isTrue();
		assertThat(check.signer()).isEqualTo(keys.platformCertificate().getSubjectX500Principal().getName());
		assertThat(check.signingTime()).isBetween(before, Instant.now());
		assertThat(check.timestampTime()).isBetween(before, Instant.now());
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).contains("/SubFilter /ETSI.CAdES.detached");
	}

	@Test
	void oneByteChangedInsideTheSignedRangeBreaksTheSeal() {
		var sealed = seals.seal(pdf("Accusé de réception"), "Accusé de réception", "Paris");
		var changed = Arrays.copyOf(sealed, sealed.length);
		// the header's binary comment (%PDF-1.x, then %âãÏÓ-like bytes): signed, read by no parser
		assertThat(new String(changed, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		changed[10] ^= 1;

		var check = seals.check(changed);

		assertThat(check.signed()).isTrue();
		assertThat(check.intact()).isFalse();
		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).contains("changed after signing");
	}

	@Test
	void bytesAddedAfterTheSealAreNoticed() {
		var sealed = seals.seal(pdf("Accusé de réception"), "Accusé de réception", "Paris");
		var appended = Arrays.copyOf(sealed, sealed.length + 20);
		System.arraycopy("\n% ajout ultérieur\n".getBytes(StandardCharsets.ISO_8859_1), 0, appended, sealed.length, 19);

		var check = seals.check(appended);

		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).contains("added to the document after it was signed");
	}

	@Test
	void anUnsignedPdfIsNotSigned() {
		var check = seals.check(pdf("Pas de signature"));

		assertThat(check).isEqualTo(SealCheck.notSigned("The document is not signed."));
		assertThat(seals.check("pas un PDF".getBytes(StandardCharsets.UTF_8)).signed()).isFalse();
	}

	@Test
	void withAnExternalAuthorityTheSealsTimestampComesFromIt() throws Exception {
		try (var tsa = new LocalTsa()) {
			var anchor = Files.writeString(directory.resolve("tsa-root.pem"), tsa.rootPem());
			var external = new PdfSeals(keys,
					TestTimestamps.timestamps(keys, Clock.systemUTC(), tsa.url(), anchor, Duration.ofSeconds(2)),
					Clock.systemUTC());

			var sealed = external.seal(pdf("Accusé de réception"), "Accusé de réception", "Paris");
			var check = external.check(sealed);

			assertThat(check.problem()).isNull();
			assertThat(check.valid()).isTrue();
			assertThat(check.timestampTime()).isNotNull();
			assertThat(timestampAuthorities(sealed)).contains("CN=Horodatage local");

			tsa.behave(Behaviour.FAIL);
			assertThatThrownBy(() -> external.seal(pdf("Accusé"), "Accusé de réception", "Paris"))
				.isInstanceOfSatisfying(TimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
		}
	}

	/** The subjects of the certificates that signed the seal's timestamp tokens. */
	private static String timestampAuthorities(byte[] sealed) throws Exception {
		try (var document = Loader.loadPDF(sealed)) {
			var signature = document.getLastSignatureDictionary();
			var cms = new CMSSignedData(signature.getContents());
			var unsigned = cms.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes();
			var tokens = new StringBuilder();
			var attributes = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
			for (int i = 0; i < attributes.size(); i++) {
				var values = org.bouncycastle.asn1.cms.Attribute.getInstance(attributes.get(i)).getAttrValues();
				tokens.append(TimestampToken.read(values.getObjectAt(0).toASN1Primitive().getEncoded()).authority())
					.append('\n');
			}
			return tokens.toString();
		}
	}

	public static byte[] pdf(String text) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText(text.replace('é', 'e'));
				content.endText();
			}
			document.getDocumentInformation().setTitle(text);
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
