package fr.openmarches.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.signature.Timestamps;

/**
 * Each day's head is timestamped once the day is over, by the clock, and shown on the
 * transparency page and as open data.
 */
@IntegrationTest
class DailyHeadsTest {

	@LocalServerPort
	int port;

	@Autowired
	DailyHeads heads;

	@Autowired
	EvidenceLog log;

	@Autowired
	Timestamps timestamps;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theHeadIsTimestampedWhenTheDayIsOverAndPublished() throws Exception {
		var subject = UUID.randomUUID();
		var entry = log.record(EvidenceKind.QUESTION_ASKED, subject, UUID.randomUUID(), Map.of("question", subject));
		var due = heads.nextAt();
		clock.set(due.minus(Duration.ofMinutes(1)));
		assertThat(heads.stampIfDue()).as("not yet midnight").isEmpty();

		clock.set(due.plus(Duration.ofMinutes(2)));
		heads.stampIfDue(); // the scheduler may have taken it first: then it is in the list all the same

		var day = due.minusSeconds(1).atZone(LegalTime.ZONE).toLocalDate();
		var head = heads.all().stream().filter(h -> h.day().equals(day)).findFirst().orElseThrow();
		assertThat(head.sequence()).isGreaterThanOrEqualTo(entry.sequence());
		assertThat(head.entryHash()).isEqualTo(log.entry(head.sequence()).orElseThrow().entryHash());
		var token = new TimeStampToken(new CMSSignedData(head.timestamp().der()));
		assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(head.entryHash());
		assertThat(timestamps.verify(head.timestamp().der(), head.entryHash())).isEqualTo(head.timestamp());
		assertThat(head.timestamp().time()).isAfter(due);
		assertThat(heads.nextAt()).isAfter(clock.instant());
		assertThat(heads.covering(entry.sequence())).hasValueSatisfying(h -> assertThat(h.sequence()).isEqualTo(head.sequence()));
		assertThat(heads.stampIfDue()).as("once a day").isEmpty();

		var visitor = new WebVisitor(port);
		var hash = HexFormat.of().formatHex(head.entryHash());
		var page = visitor.get("/transparence");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Transparence").contains(hash).contains("/api/v1/evidence/heads.csv");
		var english = visitor.get("/transparence?lang=en");
		assertThat(english.body()).contains("Timestamped daily heads").contains(hash);

		var json = visitor.send("GET", "/api/v1/evidence/heads", null, null, false);
		assertThat(json.status()).isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(json.body(), "$[?(@.day == '" + day + "')].sequence"))
			.containsExactly((int) head.sequence());
		assertThat(JsonPath.<List<String>>read(json.body(), "$[?(@.day == '" + day + "')].entryHash")).containsExactly(hash);
		var csv = visitor.download("/api/v1/evidence/heads.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("day,sequence,entry_hash,timestamp_time,timestamp_authority,timestamp_token\r\n")
			.contains("\"" + day + "\",\"" + head.sequence() + "\",\"" + hash + "\"");
	}

	@Test
	void segmentsOfTheChainAreOpenDataRecomputableAndBadRangesAreRefused() throws Exception {
		var subject = UUID.randomUUID();
		var first = log.record(EvidenceKind.QUESTION_ASKED, subject, UUID.randomUUID(), Map.of("question", subject));
		var second = log.record(EvidenceKind.ANSWER_PUBLISHED, subject, UUID.randomUUID(), Map.of("question", subject));
		var visitor = new WebVisitor(port);

		var segment = visitor.send("GET", "/api/v1/evidence/entries?from=" + first.sequence() + "&to=" + second.sequence(),
				null, null, false);

		assertThat(segment.status()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(segment.body(), "$.length()")).isGreaterThanOrEqualTo(2);
		assertThat(JsonPath.<String>read(segment.body(), "$[0].entryHash")).isEqualTo(HexFormat.of().formatHex(first.entryHash()));
		assertThat(JsonPath.<String>read(segment.body(), "$[0].statement")).isEqualTo(first.statement());
		assertThat(JsonPath.<String>read(segment.body(), "$[-1].previousHash")).hasSize(64);
		assertThat(JsonPath.<Object>read(segment.body(), "$[0].timestampToken")).isNull();
		for (int i = 0; i < 2; i++) {
			var json = JsonPath.<Map<String, Object>>read(segment.body(), "$[" + i + "]");
			assertThat(recomputedAsDocumented(json)).as("entry %s recomputed from the open data alone", json.get("sequence"))
				.isEqualTo(json.get("entryHash"));
		}
		assertThat(visitor.send("GET", "/api/v1/evidence/entries?from=5&to=4", null, null, false).status()).isEqualTo(400);
		assertThat(visitor.send("GET", "/api/v1/evidence/entries?from=1&to=5000", null, null, false).status()).isEqualTo(400);
		assertThat(visitor.send("GET", "/api/v1/evidence/entries?from=x&to=2", null, null, false).status()).isEqualTo(400);
	}

	/** docs/evidence.md, « The entry hash », written again from the page rather than from EntryHash. */
	private static String recomputedAsDocumented(Map<String, Object> entry) throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		var data = new java.io.DataOutputStream(out);
		data.write(HexFormat.of().parseHex((String) entry.get("previousHash")));
		data.writeByte(1);
		data.writeLong(((Number) entry.get("sequence")).longValue());
		data.writeLong(java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH,
				java.time.Instant.parse((String) entry.get("recordedAt"))));
		var kind = ((String) entry.get("kind")).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		data.writeShort(kind.length);
		data.write(kind);
		data.write(HexFormat.of().parseHex(((String) entry.get("subjectId")).replace("-", "")));
		var payload = HexFormat.of().parseHex((String) entry.get("payloadSha256"));
		if (entry.get("statement") != null) {
			assertThat(java.security.MessageDigest.getInstance("SHA-256")
				.digest(((String) entry.get("statement")).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(payload);
		}
		data.write(payload);
		var token = entry.get("timestampToken") == null ? new byte[0]
				: java.util.Base64.getDecoder().decode((String) entry.get("timestampToken"));
		data.writeInt(token.length);
		data.write(token);
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
	}
}
