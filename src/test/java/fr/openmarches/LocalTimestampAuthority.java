package fr.openmarches;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The external timestamp authority of the test suite: a real HTTP server on a port of localhost,
 * which the shared application reaches through {@code openmarches.signature.tsa-url} like any
 * external authority (RFC 3161 over HTTP, with the client's timeouts and checks). It relays each
 * query to the platform's own authority ({@code POST /tsa}) once the application has started, so
 * that tokens carry the test clock's time and every other test sees the tokens it always saw.
 * Tests take it down ({@link #stop()}: the port is closed, connections are refused) and bring it
 * back on the same port ({@link #start()}).
 */
public final class LocalTimestampAuthority implements AutoCloseable {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final int port;

	private HttpServer server;

	private ExecutorService executor;

	private volatile URI platform;

	public LocalTimestampAuthority() {
		server = bind(0);
		port = server.getAddress().getPort();
		serve();
	}

	public String url() {
		return "http://127.0.0.1:" + port + "/tsr";
	}

	/** Where the platform's own authority answers, once the application listens. */
	void relayTo(int applicationPort) {
		platform = URI.create("http://127.0.0.1:" + applicationPort + "/tsa");
	}

	/** The authority goes down: its port is closed and nothing answers there. */
	public synchronized void stop() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
			server = null;
		}
	}

	/** The authority is back, at the same address. */
	public synchronized void start() {
		if (server == null) {
			server = bind(port);
			serve();
		}
	}

	private void serve() {
		executor = Executors.newVirtualThreadPerTaskExecutor();
		server.createContext("/", this::answer);
		server.setExecutor(executor);
		server.start();
	}

	private static HttpServer bind(int port) {
		try {
			return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot listen on port " + port, e);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			var query = exchange.getRequestBody().readAllBytes();
			var target = platform;
			if (target == null) {
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			var reply = http.send(HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(query))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
			exchange.sendResponseHeaders(reply.statusCode(), reply.body().length == 0 ? -1 : reply.body().length);
			exchange.getResponseBody().write(reply.body());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}
}
