package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * The availability probe's uploads: marked when its account opens them on its consultation, never
 * taken into an ordinary deposit, and, when a probe was cut short before its probe deposit, purged
 * with their blob by the purge job.
 */
@IntegrationTest
class ProbeUploadsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AbandonedUploads abandoned;

	@Autowired
	BlobStore blobs;

	@Autowired
	OpeningKeys openingKeys;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	PersonalTokens tokens;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	record Probe(ConsultationId consultation, String token) {
	}

	/**
	 * The probe's setup as the evidence module made it, or one made here in its place (the same
	 * row), with a token of the probe's account made here (the module keeps its own in memory).
	 */
	private Probe probe() {
		var existing = jdbc.query("select consultation_id, account_id from evidence.availability_probe_setup",
				(rs, n) -> new Probe(new ConsultationId(rs.getObject(1, UUID.class)),
						tokens.create(new AccountId(rs.getObject(2, UUID.class)), "sonde", null).secret()));
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité de la sonde"), "75");
		var consultation = consultations.draft(ConsultationFixtures.newTestConsultation(entity,
				Fixtures.unique("Consultation de la sonde"), clock.instant().plus(Duration.ofDays(3650))));
		ConsultationFixtures.publish(consultations, consultation);
		var person = CompanyFixtures.person(accounts, "Sonde");
		var company = CompanyFixtures.company(companies, person, Fixtures.unique("Sonde"));
		jdbc.update("""
				insert into evidence.availability_probe_setup
				(entity_id, member_id, account_id, company_id, consultation_id, made_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", entity.value(), person.id().value(),
				person.id().value(), company.value(), consultation.value(), OffsetDateTime.now(ZoneOffset.UTC));
		return probe();
	}

	@Test
	void aProbeUploadGoesIntoNoOrdinaryDepositAndALeftoverIsPurgedWithItsBlob() throws Exception {
		var probe = probe();
		var api = new WebVisitor(port);
		var bearer = new String[] { "Authorization", "Bearer " + probe.token() };
		var plain = "sonde".getBytes(StandardCharsets.UTF_8);
		var contentKey = ContentKeys.newContentKey();
		var salt = new byte[16];
		var sealedOut = new ByteArrayOutputStream();
		var sealing = SealedFiles.seal(new ByteArrayInputStream(plain), sealedOut, contentKey, salt, 1024 * 1024);
		var sealed = sealedOut.toByteArray();
		var opened = api.send("POST", "/api/v1/uploads", "application/json", """
				{"consultationId": "%s", "totalSize": %d, "chunkSize": 1048592, "label": "sonde.txt"}"""
			.formatted(probe.consultation().value(), sealed.length).getBytes(StandardCharsets.UTF_8), false, bearer);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var upload = UUID.fromString(JsonPath.read(opened.body(), "$.id"));
		assertThat(jdbc.queryForObject("select probe from submission.upload where id = ?", Boolean.class, upload)).isTrue();
		var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sealed));
		var chunk = api.send("PUT", "/api/v1/uploads/" + upload + "/chunks/0", "application/octet-stream", sealed,
				false, "Authorization", "Bearer " + probe.token(), "X-Chunk-SHA256", sha256);
		assertThat(chunk.status()).as(chunk.body()).isBetween(200, 201);
		var completed = api.send("POST", "/api/v1/uploads/" + upload + "/completion", "application/json", new byte[0],
				false, bearer);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(blobs.exists(new BlobId(sha256))).isTrue();

		var key = openingKeys.openingKey(probe.consultation()).orElseThrow();
		var ordinary = api.send("POST", "/api/v1/consultations/" + probe.consultation().value() + "/deposits",
				"application/json", """
						{"openingKey": "%s", "wrappedKey": "%s", "lots": [], "backupCopy": "NONE", "pieces": [
						{"upload": "%s", "envelope": "OFFER", "fileName": "sonde.txt", "mediaType": "text/plain",
						 "size": %d, "plainSha256": "%s", "chunkSize": 1048576, "salt": "%s"}]}"""
					.formatted(key.fingerprint(), Base64.getEncoder().encodeToString(
							ContentKeys.wrap(contentKey, ContentKeys.publicKey(key.publicKey()))), upload, plain.length,
							sealing.plainSha256Hex(), Base64.getEncoder().encodeToString(salt))
					.getBytes(StandardCharsets.UTF_8), false, bearer);
		assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(ordinary.body(), "$.code")).isEqualTo("submission.deposit.unknown-upload");

		// the probe was cut short here: the purge job finds its upload later
		abandoned.purgeProbeLeftovers();
		assertThat(jdbc.queryForObject("select count(*) from submission.upload where id = ?", Long.class, upload))
			.as("not yet: a probe takes seconds").isEqualTo(1);
		clock.advance(AbandonedUploads.PROBE_LEFTOVER_AGE.plusMinutes(1));
		assertThat(abandoned.purge()).isGreaterThanOrEqualTo(0);
		assertThat(jdbc.queryForObject("select count(*) from submission.upload where id = ?", Long.class, upload)).isZero();
		assertThat(blobs.exists(new BlobId(sha256))).as("its blob purged too").isFalse();
	}
}
