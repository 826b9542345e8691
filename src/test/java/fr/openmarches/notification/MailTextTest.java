package fr.openmarches.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailTextTest {

	static final String HTML = """
			<html><head><title>Votre accusé de réception &amp; son annexe</title><style>p{color:red}</style></head>
			<body><h1>Bonjour</h1><p>Votre pli a été reçu le <strong>23/11/2026</strong>.<br>Merci.</p>
			<ul><li>offre.pdf</li><li>dc1.pdf</li></ul>
			<p><a href="https://marches.example/recepisse/42">Voir le récépissé</a></p>
			<p>Lien nu : <a href="https://marches.example/x">https://marches.example/x</a></p></body></html>
			""";

	@Test
	void theSubjectIsTheTitleUnescaped() {
		assertThat(MailText.subjectOf(HTML)).isEqualTo("Votre accusé de réception & son annexe");
	}

	@Test
	void aTemplateWithoutTitleIsRefused() {
		assertThatThrownBy(() -> MailText.subjectOf("<p>hello</p>")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void thePlainTextKeepsParagraphsListsAndLinkTargets() {
		var text = MailText.fromHtml(HTML);

		assertThat(text).startsWith("Bonjour\n\nVotre pli a été reçu le 23/11/2026.\nMerci.");
		assertThat(text).contains("- offre.pdf\n- dc1.pdf");
		assertThat(text).contains("Voir le récépissé : https://marches.example/recepisse/42");
		assertThat(text).contains("Lien nu : https://marches.example/x\n");
		assertThat(text).doesNotContain("<", "color:red", "accusé de réception &amp;");
	}
}
