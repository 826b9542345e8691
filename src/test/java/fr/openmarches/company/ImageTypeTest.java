package fr.openmarches.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pictures are recognised by their first bytes, whatever their name or declared type says. */
class ImageTypeTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "NONE", textBlock = """
			89504e470d0a1a0a0000000d, PNG
			ffd8ffe000104a4649460001, JPEG
			ffd8ffe1001845786966, JPEG
			524946462a0000005745425056503820, WEBP
			524946462a00000057415645666d7420, NONE
			47494638396101000100, NONE
			3c3f786d6c2076657273696f6e3d, NONE
			89504e47, NONE
			ffd8, NONE
			'', NONE
			""")
	void detectsPngJpegAndWebpOnly(String hex, ImageType expected) {
		assertThat(ImageType.detect(HexFormat.of().parseHex(hex))).isEqualTo(java.util.Optional.ofNullable(expected));
	}

	@org.junit.jupiter.api.Test
	void aTextFileNamedLikeAPictureIsNotOne() {
		assertThat(ImageType.detect("PNG pretend picture".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}
}
