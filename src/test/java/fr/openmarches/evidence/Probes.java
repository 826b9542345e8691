package fr.openmarches.evidence;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.platform.BlobStore;

/** Availability probes built by hand for the evidence tests, and the minutes and addresses they probe. */
final class Probes {

	private Probes() {
	}

	/** A probe of the test server: its web check at {@code web}, its deposit check at {@code deposits}. */
	static AvailabilityProbe probe(DataSource dataSource, BlobStore blobs, ProbeSetup setup, OpeningKeys openingKeys,
			URI web, URI deposits, Duration slowThreshold) {
		var deposit = new ProbeDeposit(setup::made, openingKeys, () -> deposits, Duration.ofSeconds(10));
		return new AvailabilityProbe(dataSource, blobs, Path.of("target/test-data/uploads"), () -> web, deposit,
				slowThreshold, Duration.ofSeconds(10), Clock.systemUTC());
	}

	/** A minute of its own, years ahead, that no other test probes. */
	static Instant someFreeMinute() {
		return Instant.now()
			.plus(Duration.ofDays(1000 + ThreadLocalRandom.current().nextInt(100_000)))
			.truncatedTo(ChronoUnit.MINUTES);
	}

	/** An address where nothing listens: a port just released. */
	static URI nothingListens() throws Exception {
		int free;
		try (var socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}
		return URI.create("http://127.0.0.1:" + free + "/verifier");
	}
}
