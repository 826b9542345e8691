package fr.openmarches.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.company.Address;
import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.NewCompany;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.ApiTokenView;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.NewMemberKey;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import fr.openmarches.sealing.OpeningKeyPairs;
import fr.openmarches.sealing.PassphraseBox;
import fr.openmarches.sealing.SealedBox;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the availability probe deposits with, made once at first use and remembered in
 * {@code evidence.availability_probe_setup}: a purchasing entity of its own organisation, a
 * commission member with a member key, an opening key made by the ceremony in Java (as the demo
 * data does: a fresh RSA key pair, the private key sealed for the member, then forgotten; the member
 * key's passphrase is random and forgotten too — a probe deposit is never kept, so nothing is ever
 * opened), a TEST consultation published with it and kept open for 25 years, an unlisted company
 * and its member account. Several instances: the first takes a transaction-scoped advisory lock and
 * makes it all in the same transaction, the others wait and find it made.
 *
 * <p>No secret is stored: each instance makes its own API token for the probe account, kept in
 * memory only (the database keeps its hash, as for any token), working until the day after
 * tomorrow and replaced (and revoked) the day before it ends; making one also revokes the account's
 * expired tokens, so those of stopped instances do not pile up (and the never-expiring one stored
 * until 2026-11).
 */
@Component
class ProbeSetup {

	/** What the probe deposits with. */
	record Made(AccountId account, ConsultationId consultation, String token) {
	}

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final SecureRandom RANDOM = new SecureRandom();

	/** How long the probe consultation stays open. */
	static final Duration OPEN_FOR = Duration.ofDays(25 * 365);

	private final JdbcClient sql;

	private final TransactionTemplate transactions;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final CompanyService companies;

	private final ConsultationService consultations;

	private final CommissionKeys commissionKeys;

	private final OpeningKeys openingKeys;

	private final PersonalTokens tokens;

	private final Clock clock;

	private final Object issuing = new Object();

	/** Guarded by {@link #issuing}. */
	private InstanceToken token;

	ProbeSetup(DataSource dataSource, TransactionTemplate transactions, OrganisationService organisations,
			AccountService accounts, CompanyService companies, ConsultationService consultations,
			CommissionKeys commissionKeys, OpeningKeys openingKeys, PersonalTokens tokens, Clock clock) {
		this.sql = JdbcClient.create(dataSource);
		this.transactions = transactions;
		this.organisations = organisations;
		this.accounts = accounts;
		this.companies = companies;
		this.consultations = consultations;
		this.commissionKeys = commissionKeys;
		this.openingKeys = openingKeys;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The probe's account, consultation and this instance's token, made now if they are not yet. */
	Made made() {
		var made = find().orElseGet(() -> transactions.execute(status -> {
			sql.sql("select pg_advisory_xact_lock(hashtext('evidence.availability_probe_setup'))").query().singleRow();
			return find().orElseGet(this::make);
		}));
		return new Made(made.account(), made.consultation(), token(made.account()));
	}

	private Optional<Made> find() {
		return sql.sql("select account_id, consultation_id from evidence.availability_probe_setup")
			.query((rs, n) -> new Made(new AccountId(rs.getObject(1, UUID.class)),
					new ConsultationId(rs.getObject(2, UUID.class)), null))
			.optional();
	}

	/** This instance's token for the probe account. */
	private record InstanceToken(AccountId account, UUID id, String secret, LocalDate lastDay) {
	}

	private String token(AccountId account) {
		var today = LocalDate.now(clock.withZone(LegalTime.ZONE));
		var lastDay = today.plusDays(2);
		synchronized (issuing) {
			var current = token;
			if (current == null || !current.account().equals(account) || !today.isBefore(current.lastDay())
					|| current.lastDay().isAfter(lastDay)) { // the clock was set back
				for (var old : tokens.of(account)) {
					if (old.state() == ApiTokenView.State.EXPIRED || current != null && old.id().equals(current.id())
							// the one that never expired, stored before instances made their own
							|| old.state() == ApiTokenView.State.ACTIVE && old.expiresAt() == null) {
						tokens.revoke(account, old.id());
					}
				}
				var made = tokens.create(account, "Sonde de disponibilité (instance)", lastDay);
				token = current = new InstanceToken(account, made.token().id(), made.secret(), lastDay);
			}
			return current.secret();
		}
	}

	private Made make() {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var organisation = organisations.create(new NewOrganisation("Sonde de disponibilité " + tag, null,
				OrganisationKind.AGENCY));
		var entity = organisations.createEntity(organisation, new NewPurchasingEntity(
				"Sonde de disponibilité de la plateforme " + tag, null, new Siret(withCheckDigit(withCheckDigit(randomSiren()) + "0001")),
				new PostalAddress("Plateforme OpenMarchés", "75001", "Paris"), "75", "sonde@openmarches.invalid",
				null, List.of("Sonde")));
		var member = accounts.open(new NewAccount("sonde-commission-" + tag + "@openmarches.invalid", secret(),
				"Sonde", "Commission", null, Set.of()));
		organisations.appoint(entity, member, Set.of(AgentRole.COMMISSION_MEMBER));
		var memberKey = OpeningKeyPairs.generate();
		var memberPrivate = memberKey.getPrivate().getEncoded();
		commissionKeys.register(member, new NewMemberKey(OpeningKeyPairs.spki(memberKey.getPublic()),
				JSON.writeValueAsString(PassphraseBox.protect(memberPrivate, secret()))));
		Arrays.fill(memberPrivate, (byte) 0);

		var now = clock.instant();
		var consultation = consultations.draft(new NewConsultation(entity, "SONDE-" + tag,
				"Consultation de test de la sonde de disponibilité",
				"Consultation de test où la plateforme se dépose elle-même un pli chaque minute, "
						+ "aussitôt effacé, pour mesurer sa disponibilité.",
				ProcedureType.MAPA, Category.SERVICES, "72000000", List.of(), List.of(), "75",
				new BigDecimal("1"), null, now.plus(OPEN_FOR).truncatedTo(ChronoUnit.MINUTES), false,
				Set.of(Envelope.APPLICATION, Envelope.OFFER), false, false, false, true));
		try {
			consultations.attach(consultation, DocumentKind.RULES, new DocumentUpload("Règlement de la consultation",
					"RC.txt", () -> new ByteArrayInputStream(
							"Consultation de test de la sonde de disponibilité.\n".getBytes(StandardCharsets.UTF_8))));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var opening = OpeningKeyPairs.generate();
		var openingPrivate = opening.getPrivate().getEncoded();
		var share = SealedBox.seal(openingPrivate, memberKey.getPublic());
		Arrays.fill(openingPrivate, (byte) 0);
		openingKeys.register(consultation, new Ceremony(OpeningKeyPairs.spki(opening.getPublic()), 1,
				List.of(new Ceremony.SealedShare(member, JSON.writeValueAsString(share)))));
		consultations.publish(consultation);

		var account = accounts.open(new NewAccount("sonde-depot-" + tag + "@openmarches.invalid", secret(), "Sonde",
				"Dépôt", null, Set.of()));
		var company = companies.register(new NewCompany(new Siren(withCheckDigit(randomSiren())),
				"Sonde de disponibilité OpenMarchés " + tag, "5710", "62.01Z", false,
				Address.inFrance("Plateforme OpenMarchés", "75001", "Paris")), account);
		companies.describe(company, new CompanyFiche(null, null, List.of(), Set.of(), List.of(), List.of(), false));
		sql.sql("""
				insert into evidence.availability_probe_setup
				(entity_id, member_id, account_id, company_id, consultation_id, made_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(entity.value(), member.value(), account.value(), company.value(), consultation.value(),
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return new Made(account, consultation, null);
	}

	private static String secret() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Eight random digits after a 9 (not a number INSEE gives), for the check digit to end. */
	private static String randomSiren() {
		return "9" + String.format("%07d", RANDOM.nextInt(10_000_000));
	}

	/** {@code digits} and the Luhn check digit that makes them valid. */
	static String withCheckDigit(String digits) {
		for (int check = 0; check < 10; check++) {
			var candidate = digits + check;
			if (luhn(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Unreachable");
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}
}
