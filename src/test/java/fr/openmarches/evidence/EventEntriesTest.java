package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.download.DceRetrieval;
import fr.openmarches.download.Selection;
import fr.openmarches.organisation.OrganisationService;

/** The other modules' events become chained entries, with statements that hold ids and times only. */
@IntegrationTest
class EventEntriesTest {

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	DceRetrieval retrieval;

	@Autowired
	EvidenceLog log;

	@Autowired
	JdbcClient sql;

	@Autowired
	MutableClock clock;

	@Test
	void theKeyCeremonyPublishingDownloadingAndCancellingAreChained() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du journal"), "33");
		var title = Fixtures.unique("Nettoyage des locaux");
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, title,
				clock.instant().plus(Duration.ofDays(15))));
		ConsultationFixtures.publish(consultations, consultation);
		var download = retrieval.take(consultation, new Selection(List.of()), null, null);
		consultations.cancel(consultation, "Besoin disparu");

		var entries = await().atMost(Duration.ofSeconds(30))
			.until(() -> sql.sql("select sequence from evidence.entry where consultation_id = ? order by sequence")
				.param(consultation.value())
				.query(Long.class)
				.list()
				.stream()
				.map(sequence -> log.entry(sequence).orElseThrow())
				.toList(), found -> found.size() == 4);

		assertThat(entries).extracting(EvidenceEntry::kind)
			.containsExactlyInAnyOrder(EvidenceKind.COMMISSION_KEY_RECORDED, EvidenceKind.CONSULTATION_PUBLISHED,
					EvidenceKind.DCE_DOWNLOADED, EvidenceKind.CONSULTATION_CANCELLED);
		assertThat(entries.getFirst().kind()).as("the key is made before publishing").isEqualTo(EvidenceKind.COMMISSION_KEY_RECORDED);
		assertThat(entries.getFirst().statement()).contains("\"quorum\":").contains("\"fingerprint\":");
		var downloaded = entries.stream().filter(e -> e.kind() == EvidenceKind.DCE_DOWNLOADED).findFirst().orElseThrow();
		assertThat(downloaded.subjectId()).isEqualTo(download.id());
		assertThat(downloaded.statement()).contains("\"download\":\"" + download.id() + "\"")
			.contains("\"consultation\":\"" + consultation.value() + "\"")
			.contains("\"identified\":\"false\"")
			.contains("\"kind\":\"DCE_DOWNLOADED\"");
		var published = entries.stream().filter(e -> e.kind() == EvidenceKind.CONSULTATION_PUBLISHED).findFirst().orElseThrow();
		assertThat(published.statement()).contains("\"reference\":").doesNotContain(title);
		for (var entry : entries) {
			assertThat(entry.payloadSha256()).isEqualTo(Statement.sha256(entry.statement()));
			assertThat(entry.previousHash()).isEqualTo(
					log.entry(entry.sequence() - 1).map(EvidenceEntry::entryHash).orElse(EntryHash.GENESIS));
		}
		assertThat(log.verify().intact()).isTrue();
	}
}
