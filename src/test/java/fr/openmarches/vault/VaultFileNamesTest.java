package fr.openmarches.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names of vault documents as sent by a browser or a script: folders, control characters, NUL,
 * direction overrides and invisible characters never reach a page, a download name or the disk
 * (the content is stored under its hash; the name is only shown).
 */
class VaultFileNamesTest {

	@Test
	void foldersAreDropped() {
		assertThat(Vault.safeFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Vault.safeFileName("..\\..\\Windows\\win.ini")).isEqualTo("win.ini");
		assertThat(Vault.safeFileName("../")).isEqualTo("document");
		assertThat(Vault.safeFileName("...pdf")).isEqualTo("pdf");
	}

	@Test
	void controlCharactersAndNulAreReplaced() {
		assertThat(Vault.safeFileName("a\u0000b.pdf")).isEqualTo("a_b.pdf");
		assertThat(Vault.safeFileName("kbis\r\n2026\u0007.pdf")).isEqualTo("kbis__2026_.pdf");
	}

	@Test
	void directionOverridesAndInvisibleCharactersAreDropped() {
		// a right-to-left override (U+202E) makes the name read « xfdp.jpg »: what is kept is what it is
		assertThat(Vault.safeFileName("x\u202Egpj.pdf")).isEqualTo("xgpj.pdf");
		assertThat(Vault.safeFileName("kbis\u2066fdp.exe\u2069.pdf")).isEqualTo("kbisfdp.exe.pdf");
		assertThat(Vault.safeFileName("kb\u200Bis\u2028.pdf")).isEqualTo("kbis.pdf");
	}
}
