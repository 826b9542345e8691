package fr.openmarches.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP), offered to buyer-side people: turning it
 * on (a secret shown as a QR code, confirmed by a first code), off (with a current code), and
 * the code step of sign-in. Every code check is throttled per person and accepts a code once.
 */
@Service
@Transactional
public class TwoFactorAuthentication {

	/** The name authenticator apps show next to the code. */
	static final String ISSUER = "OpenMarchés";

	private final Authenticators authenticators;

	private final Accounts accounts;

	private final SecretBox box;

	private final SignInThrottle throttle;

	private final IdentityProperties.SecondFactor settings;

	private final Clock clock;

	TwoFactorAuthentication(Authenticators authenticators, Accounts accounts, SecretBox box, SignInThrottle throttle,
			IdentityProperties properties, Clock clock) {
		this.authenticators = authenticators;
		this.accounts = accounts;
		this.box = box;
		this.throttle = throttle;
		this.settings = properties.secondFactor();
		this.clock = clock;
	}

	/** Whether sign-in asks this person for a code. */
	@Transactional(readOnly = true)
	public boolean isOn(AccountId account) {
		return authenticators.existsByAccountIdAndConfirmedAtIsNotNull(account.value());
	}

	/**
	 * Called once the password is accepted: stops sign-in there when the person turned two-factor
	 * sign-in on, leaving them a while to type a code.
	 */
	@Transactional(readOnly = true)
	void demandCodeIfOn(SignedInUser person) {
		if (isOn(person.accountId())) {
			throw new SecondFactorRequiredException(person.accountId(),
					clock.instant().plus(settings.timeToType()));
		}
	}

	/** What the security settings page shows. */
	@Transactional(readOnly = true)
	public Status status(AccountId account) {
		var person = load(account);
		boolean offered = person.roles().stream().anyMatch(Role::isBuyerSide);
		var authenticator = authenticators.findById(account.value());
		if (authenticator.isPresent() && authenticator.get().isConfirmed()) {
			return new Status(offered, authenticator.get().confirmedAt(), null);
		}
		return new Status(offered, null, authenticator.map(pending -> enrolmentOf(person, pending)).orElse(null));
	}

	/**
	 * Draws a new secret for the person's authenticator app; two-factor sign-in is on only once a
	 * first code confirms it ({@link #turnOn}).
	 * @throws IllegalStateException when the person holds no buyer-side role, or it is already on
	 */
	public Enrolment startEnrolment(AccountId account) {
		var person = load(account);
		if (person.roles().stream().noneMatch(Role::isBuyerSide)) {
			throw new IllegalStateException("Two-factor sign-in is offered to buyer-side people only");
		}
		var sealed = box.seal(Totp.newSecret(), contextOf(account));
		var authenticator = authenticators.lock(account.value()).orElse(null);
		if (authenticator == null) {
			authenticator = authenticators.save(new Authenticator(account, sealed, clock.instant()));
		}
		else {
			authenticator.replaceSecret(sealed, clock.instant());
		}
		return enrolmentOf(person, authenticator);
	}

	/** Turns two-factor sign-in on if {@code code} is the current code of the enrolled secret. */
	public CodeCheck turnOn(AccountId account, String code) {
		var authenticator = authenticators.lock(account.value())
			.filter(pending -> !pending.isConfirmed())
			.orElseThrow(() -> new IllegalStateException("No enrolment waiting for confirmation"));
		var check = check(authenticator, code);
		if (check instanceof CodeCheck.Accepted) {
			authenticator.confirm(clock.instant());
		}
		return check;
	}

	/** Turns two-factor sign-in off if {@code code} is a current code. */
	public CodeCheck turnOff(AccountId account, String code) {
		var authenticator = authenticators.lock(account.value())
			.filter(Authenticator::isConfirmed)
			.orElseThrow(() -> new IllegalStateException("Two-factor sign-in is not on"));
		var check = check(authenticator, code);
		if (check instanceof CodeCheck.Accepted) {
			authenticators.delete(authenticator);
		}
		return check;
	}

	/**
	 * The second step of sign-in, once the password was accepted: the person is signed in only if
	 * {@code code} is right ({@link CodeCheck.Accepted#person()}).
	 */
	public CodeCheck signIn(AccountId account, String code) {
		var authenticator = authenticators.lock(account.value())
			.filter(Authenticator::isConfirmed)
			.orElseThrow(() -> new IllegalStateException("Two-factor sign-in is not on"));
		var check = check(authenticator, code);
		if (check instanceof CodeCheck.Accepted(var person) && person.lockedReason() != null) {
			return new CodeCheck.Locked(person.lockedReason());
		}
		return check;
	}

	private CodeCheck check(Authenticator authenticator, String code) {
		var subject = ThrottleSubject.secondFactor(authenticator.accountId());
		var blocked = throttle.blockedUntil(subject);
		if (blocked.isPresent()) {
			return new CodeCheck.Blocked(blocked.get());
		}
		var secret = box.open(authenticator.sealedSecret(), contextOf(authenticator.accountId()));
		var step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isPresent() && authenticator.use(step.getAsLong())) {
			throttle.clear(subject);
			return new CodeCheck.Accepted(load(authenticator.accountId()).signedIn());
		}
		return throttle.recordFailure(subject).<CodeCheck>map(CodeCheck.Blocked::new).orElseGet(CodeCheck.Wrong::new);
	}

	private Enrolment enrolmentOf(Account person, Authenticator authenticator) {
		var secret = Base32.encode(box.open(authenticator.sealedSecret(), contextOf(person.id())));
		var label = URLEncoder.encode(ISSUER + ":" + person.email(), StandardCharsets.UTF_8).replace("+", "%20");
		var issuer = URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
		var uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
		return new Enrolment(secret, uri, QrCode.svgDataUri(uri));
	}

	private static byte[] contextOf(AccountId account) {
		var id = account.value();
		return ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

	private Account load(AccountId account) {
		return accounts.findById(account.value())
			.orElseThrow(() -> new IllegalArgumentException("No account " + account));
	}

	/**
	 * @param offered whether the person may turn it on (buyer-side roles)
	 * @param onSince when it was turned on, or null when it is off
	 * @param enrolment a secret waiting for its first code, or null
	 */
	public record Status(boolean offered, Instant onSince, Enrolment enrolment) {

		public boolean isOn() {
			return onSince != null;
		}

		public Optional<Enrolment> pendingEnrolment() {
			return Optional.ofNullable(enrolment);
		}
	}

	/**
	 * What the person copies into their authenticator app.
	 *
	 * @param secret the secret in base 32, for typing by hand
	 * @param otpauthUri the key URI authenticator apps read from the QR code
	 * @param qrCode the QR code as an image {@code data:} URI
	 */
	public record Enrolment(String secret, String otpauthUri, String qrCode) {

		/** The secret in groups of four characters, easier to type. */
		public String secretInGroups() {
			return secret.replaceAll("(.{4})(?!$)", "$1 ");
		}
	}

	/** The answer to a typed code. */
	public sealed interface CodeCheck {

		/** The code was right and had not been used: here is the person it belongs to. */
		record Accepted(SignedInUser person) implements CodeCheck {
		}

		/** Not the current code (or one already used). */
		record Wrong() implements CodeCheck {
		}

		/** Too many wrong codes: no code is checked until {@code until}. */
		record Blocked(Instant until) implements CodeCheck {
		}

		/** The code was right but an administrator locked the account meanwhile. */
		record Locked(String reason) implements CodeCheck {
		}
	}
}
