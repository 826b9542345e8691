package fr.openmarches.signature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import fr.openmarches.signature.TimestampException.Reason;

/**
 * An external timestamp authority reached over HTTP (RFC 3161 §3.4): the DER request is posted as
 * {@code application/timestamp-query}, the reply read as DER whatever its declared type. The
 * whole exchange, connection included, must end within the timeout.
 */
final class RemoteTsa {

	static final String QUERY = "application/timestamp-query";

	static final String REPLY = "application/timestamp-reply";

	private final URI url;

	private final Duration timeout;

	private final HttpClient http;

	RemoteTsa(URI url, Duration timeout) {
		this.url = url;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String name() {
		return "the timestamp authority at " + url;
	}

	/** The reply's bytes. */
	byte[] exchange(byte[] query) {
		var request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", QUERY)
			.header("Accept", REPLY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(query))
			.build();
		var pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> response;
		try {
			response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			pending.cancel(true);
			throw timedOut(e);
		}
		catch (InterruptedException e) {
			pending.cancel(true);
			Thread.currentThread().interrupt();
			throw new TimestampException(Reason.UNAVAILABLE, "interrupted while waiting for " + name(), e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof HttpTimeoutException) {
				throw timedOut(e.getCause());
			}
			throw new TimestampException(Reason.UNAVAILABLE, name() + " cannot be reached: " + e.getCause(), e.getCause());
		}
		if (response.statusCode() != 200) {
			throw new TimestampException(Reason.UNAVAILABLE, name() + " answered HTTP " + response.statusCode());
		}
		return response.body();
	}

	private TimestampException timedOut(Throwable cause) {
		return new TimestampException(Reason.TIMED_OUT, name() + " did not answer within " + timeout, cause);
	}
}
