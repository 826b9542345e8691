package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.IntegrationTest;
import fr.openmarches.evidence.ChainReport.Problem;
import fr.openmarches.signature.TimestampException;
import fr.openmarches.signature.Timestamps;

/** The evidence log in PostgreSQL: chained, gap-free under concurrency, and tampering shows. */
@IntegrationTest
class EvidenceLogTest {

	@Autowired
	EvidenceLog log;

	@Autowired
	Timestamps timestamps;

	@Autowired
	Entries entries;

	@Autowired
	JdbcClient sql;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void eachEntryFollowsTheOneBeforeAndCanBeLookedUp() {
		var deposit = UUID.randomUUID();

		var first = log.append(EvidenceKind.DEPOSIT_RECEIVED, deposit, sha256("manifeste 1"));
		var second = log.append(EvidenceKind.DEPOSIT_RECEIVED, deposit, sha256("manifeste 2"));

		assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
		assertThat(second.previousHash()).isEqualTo(first.entryHash());
		assertThat(first.entryHash()).isEqualTo(EntryHash.of(first.previousHash(), first.sequence(), first.recordedAt(),
				first.kind(), deposit, sha256("manifeste 1"), first.timestamp().der()));
		var read = log.entry(second.sequence()).orElseThrow();
		assertThat(read.recordedAt()).isEqualTo(second.recordedAt());
		assertThat(read.timestamp()).isEqualTo(second.timestamp());
		assertThat(read.entryHash()).isEqualTo(second.entryHash());
		assertThat(log.entriesAbout(deposit)).extracting(EvidenceEntry::sequence)
			.containsExactly(first.sequence(), second.sequence());
		assertThat(log.entry(Long.MAX_VALUE)).isEmpty();
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void eachTokenVerifiesAndStampsThePayloadHash() throws Exception {
		var payload = sha256("manifeste du pli");

		var entry = log.append(EvidenceKind.DEPOSIT_RECEIVED, UUID.randomUUID(), payload);

		var token = new TimeStampToken(new CMSSignedData(entry.timestamp().der()));
		assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(payload);
		assertThat(timestamps.verify(entry.timestamp().der(), payload)).isEqualTo(entry.timestamp());
	}

	@Test
	void eightWritersAtOnceMakeOneChainWithoutGaps() throws Exception {
		var start = new CountDownLatch(1);
		var writers = new ArrayList<Callable<List<EvidenceEntry>>>();
		for (int writer = 0; writer < 8; writer++) {
			var subject = UUID.randomUUID();
			writers.add(() -> {
				start.await();
				var appended = new ArrayList<EvidenceEntry>();
				for (int i = 0; i < 25; i++) {
					appended.add(log.append(EvidenceKind.DEPOSIT_RECEIVED, subject, sha256(subject + " " + i)));
				}
				return appended;
			});
		}
		var all = new ArrayList<EvidenceEntry>();
		try (var pool = Executors.newFixedThreadPool(8)) {
			var results = writers.stream().map(pool::submit).toList();
			start.countDown();
			for (var result : results) {
				all.addAll(result.get());
			}
		}

		var sequences = all.stream().mapToLong(EvidenceEntry::sequence).sorted().toArray();
		assertThat(sequences).hasSize(200).doesNotHaveDuplicates();
		assertThat(sequences[199] - sequences[0]).as("no gap").isEqualTo(199);
		for (var entry : all) {
			var before = log.entry(entry.sequence() - 1).map(EvidenceEntry::entryHash).orElse(EntryHash.GENESIS);
			assertThat(entry.previousHash()).as("entry %d follows the one before", entry.sequence()).isEqualTo(before);
		}
		var report = log.verify();
		assertThat(report.firstBreak()).isEmpty();
		assertThat(report.entriesChecked()).isEqualTo(report.lastSequence()).isGreaterThanOrEqualTo(sequences[199]);
	}

	@Test
	void aPayloadHashChangedInTheDatabaseIsFoundAtItsEntry() {
		var report = tamperedThenVerified(three -> sql
			.sql("update evidence.entry set payload_sha256 = ? where sequence = ?")
			.params(sha256("un autre manifeste"), three.get(1).sequence())
			.update(), (three, found) -> {
				assertThat(found.sequence()).isEqualTo(three.get(1).sequence());
				assertThat(found.problem()).isEqualTo(Problem.ALTERED);
			});
		assertThat(report.entriesChecked()).isEqualTo(report.firstBreak().orElseThrow().sequence() - 1);
	}

	@Test
	void aDeletedEntryIsFoundMissing() {
		tamperedThenVerified(three -> sql.sql("delete from evidence.entry where sequence = ?")
			.param(three.get(1).sequence())
			.update(), (three, found) -> {
				assertThat(found.sequence()).isEqualTo(three.get(1).sequence());
				assertThat(found.problem()).isEqualTo(Problem.MISSING);
			});
	}

	@Test
	void theLastEntryDeletedIsFoundMissing() {
		tamperedThenVerified(three -> sql.sql("delete from evidence.entry where sequence = ?")
			.param(three.get(2).sequence())
			.update(), (three, found) -> {
				assertThat(found.sequence()).isEqualTo(three.get(2).sequence());
				assertThat(found.problem()).isEqualTo(Problem.MISSING);
			});
	}

	@Test
	void twoEntriesSwappedAreFoundOutOfOrder() {
		tamperedThenVerified(three -> {
			var a = three.get(0).sequence();
			var b = three.get(1).sequence();
			sql.sql("update evidence.entry set sequence = ? where sequence = ?").params(Long.MAX_VALUE, a).update();
			sql.sql("update evidence.entry set sequence = ? where sequence = ?").params(a, b).update();
			sql.sql("update evidence.entry set sequence = ? where sequence = ?").params(b, Long.MAX_VALUE).update();
		}, (three, found) -> {
			assertThat(found.sequence()).isEqualTo(three.get(0).sequence());
			assertThat(found.problem()).isEqualTo(Problem.NOT_LINKED);
		});
	}

	@Test
	void aTokenReplacedInTheDatabaseIsFound() {
		tamperedThenVerified(three -> sql.sql("update evidence.entry set timestamp_token = ? where sequence = ?")
			.params(three.get(0).timestamp().der(), three.get(1).sequence())
			.update(), (three, found) -> {
				assertThat(found.sequence()).isEqualTo(three.get(1).sequence());
				assertThat(found.problem()).isEqualTo(Problem.ALTERED);
			});
	}

	@Test
	void aTokenReplacedWithTheEntryHashRecomputedIsStillFound() {
		// someone who knows how the hash is made: the entry's own hash holds, its token does not
		tamperedThenVerified(three -> {
			var victim = three.get(1);
			var otherToken = three.get(0).timestamp().der();
			var forged = EntryHash.of(victim.previousHash(), victim.sequence(), victim.recordedAt(), victim.kind(),
					victim.subjectId(), victim.payloadSha256(), otherToken);
			sql.sql("update evidence.entry set timestamp_token = ?, entry_hash = ? where sequence = ?")
				.params(otherToken, forged, victim.sequence())
				.update();
		}, (three, found) -> {
			assertThat(found.sequence()).isEqualTo(three.get(1).sequence());
			assertThat(found.problem()).isEqualTo(Problem.TOKEN_FOR_OTHER_PAYLOAD);
		});
	}

	@Test
	void withoutATimestampNothingIsAppended() {
		var failing = mock(Timestamps.class);
		when(failing.stamp(any())).thenThrow(new TimestampException(TimestampException.Reason.TIMED_OUT, "trop lent"));
		var withoutAuthority = new EvidenceLog(entries, failing, clock, transactions);
		var before = entries.head();

		assertThatThrownBy(() -> withoutAuthority.append(EvidenceKind.DEPOSIT_RECEIVED, UUID.randomUUID(), sha256("pli")))
			.isInstanceOf(TimestampException.class);
		assertThat(entries.head().sequence()).isEqualTo(before.sequence());
	}

	/**
	 * Appends three entries, tampers with them in SQL and verifies, all in one transaction rolled
	 * back afterwards: the suite's log stays whole.
	 */
	private ChainReport tamperedThenVerified(Consumer<List<EvidenceEntry>> tampering,
			BiConsumer<List<EvidenceEntry>, ChainReport.Break> expectations) {
		var report = new TransactionTemplate(transactions).execute(status -> {
			status.setRollbackOnly();
			bypassAppendOnlyTrigger();
			var subject = UUID.randomUUID();
			var three = List.of(log.append(EvidenceKind.DEPOSIT_RECEIVED, subject, sha256("a")),
					log.append(EvidenceKind.DEPOSIT_RECEIVED, subject, sha256("b")),
					log.append(EvidenceKind.DEPOSIT_RECEIVED, subject, sha256("c")));
			assertThat(log.verify().intact()).isTrue();
			tampering.accept(three);
			var found = log.verify();
			assertThat(found.intact()).isFalse();
			expectations.accept(three, found.firstBreak().orElseThrow());
			return found;
		});
		assertThat(log.verify().intact()).as("rolled back").isTrue();
		return report;
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		var entry = log.append(EvidenceKind.DEPOSIT_RECEIVED, UUID.randomUUID(), sha256("pli intouchable"));

		assertThatThrownBy(() -> sql.sql("update evidence.entry set payload_sha256 = ? where sequence = ?")
			.params(sha256("autre"), entry.sequence())
			.update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> sql.sql("delete from evidence.entry where sequence = ?").param(entry.sequence()).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> sql.sql("truncate evidence.entry").update()).rootCause().hasMessageContaining("append-only");
		assertThat(log.entry(entry.sequence()).orElseThrow().payloadSha256()).isEqualTo(sha256("pli intouchable"));
	}

	@Test
	void aFactIsChainedWithItsCanonicalStatementAndOnceOnlyWhenDeliveredTwice() {
		var download = UUID.randomUUID();
		var consultation = UUID.randomUUID();
		var facts = new java.util.LinkedHashMap<String, Object>();
		facts.put("pieces", 3);
		facts.put("download", download);
		facts.put("note", "« guillemets » \"et\" \\ retour\nà la ligne");

		var first = log.record(EvidenceKind.DCE_DOWNLOADED, download, consultation, facts);
		var again = log.record(EvidenceKind.DCE_DOWNLOADED, download, consultation, facts);

		assertThat(again.sequence()).isEqualTo(first.sequence());
		assertThat(first.statement()).isEqualTo("{\"download\":\"" + download
				+ "\",\"note\":\"« guillemets » \\\"et\\\" \\\\ retour\\nà la ligne\",\"pieces\":\"3\"}");
		assertThat(first.payloadSha256()).isEqualTo(sha256(first.statement()));
		assertThat(first.timestamp()).as("the day's head covers it").isNull();
		assertThat(first.consultationId()).isEqualTo(consultation);
		assertThat(first.entryHash()).isEqualTo(EntryHash.of(first.previousHash(), first.sequence(), first.recordedAt(),
				EvidenceKind.DCE_DOWNLOADED, download, first.payloadSha256(), new byte[0]));
		assertThat(log.entries(first.sequence(), first.sequence())).singleElement()
			.satisfies(read -> assertThat(read.statement()).isEqualTo(first.statement()));
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void aStatementRewrittenWithItsPayloadHashIsFoundAtItsEntry() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			bypassAppendOnlyTrigger();
			var question = UUID.randomUUID();
			var entry = log.record(EvidenceKind.QUESTION_ASKED, question, UUID.randomUUID(),
					java.util.Map.of("question", question, "at", "2026-11-23T10:00:00Z"));
			log.record(EvidenceKind.ANSWER_PUBLISHED, question, UUID.randomUUID(), java.util.Map.of("question", question));
			var forged = "{\"at\":\"2026-11-20T10:00:00Z\",\"question\":\"" + question + "\"}";
			sql.sql("update evidence.entry set statement = ?, payload_sha256 = ? where sequence = ?")
				.params(forged, sha256(forged), entry.sequence())
				.update();

			var found = log.verify().firstBreak().orElseThrow();

			assertThat(found.sequence()).isEqualTo(entry.sequence());
			assertThat(found.problem()).isEqualTo(Problem.ALTERED);
		});
		assertThat(log.verify().intact()).as("rolled back").isTrue();
	}

	/**
	 * What a superuser can do, and why the chain exists: the trigger refusing updates and deletes
	 * does not fire for this transaction.
	 */
	private void bypassAppendOnlyTrigger() {
		sql.sql("set local session_replication_role = replica").update();
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
