package fr.openmarches.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import fr.openmarches.signature.tsa.TimestampAuthority;

/** {@link Timestamps} put together without Spring, as {@link SignatureConfiguration} does. */
final class TestTimestamps {

	private TestTimestamps() {
	}

	static PlatformKeys keys(Path directory, Clock clock) {
		return PlatformKeys.loadOrCreate(directory.resolve("platform.p12"), "secret".toCharArray(), "Plateforme de test",
				clock);
	}

	static TimestampAuthority builtIn(PlatformKeys keys, Clock clock) {
		return new TimestampAuthority(keys.tsaKey(), List.of(keys.tsaCertificate(), keys.platformCertificate()),
				PlatformKeys.SIGNING_ALGORITHM, SignatureProperties.BUILT_IN_POLICY, clock);
	}

	/** Stamping with the built-in authority. */
	static Timestamps builtInTimestamps(PlatformKeys keys, Clock clock) {
		return timestamps(keys, clock, null, null, Duration.ofSeconds(1));
	}

	/** Stamping with the authority at {@code url}, trusting {@code anchor} (a PEM file) if given. */
	static Timestamps timestamps(PlatformKeys keys, Clock clock, String url, Path anchor, Duration timeout) {
		var properties = new SignatureProperties(Path.of("unused.p12"), "secret", "Plateforme de test",
				url == null ? null : URI.create(url), timeout, anchor, SignatureProperties.BUILT_IN_POLICY);
		return new Timestamps(properties, keys, builtIn(keys, clock));
	}
}
