package fr.openmarches.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the command-line client in its own JVM, as {@code java -jar openmarches-cli.jar} would, then
 * prints the peak heap in use ({@code peak-heap-bytes=…}, sampled every 10 ms) and the JVM's maximum
 * ({@code max-heap-bytes=…}): what {@link CliDepositBenchmark} reports next to the throughput. The
 * collector lets the heap fill up to its maximum before collecting, so the peak says little; that
 * a deposit completes within a small maximum is what shows memory does not grow with the file.
 */
public final class CliHeapProbe {

	private CliHeapProbe() {
	}

	public static void main(String[] args) {
		var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		var memory = ManagementFactory.getMemoryMXBean();
		var peak = new AtomicLong();
		var sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		int status = new OpenMarchesCli(out, new PrintStream(System.err, true, StandardCharsets.UTF_8), Locale.FRENCH)
			.run(args);
		sampler.interrupt();
		peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
		out.println("peak-heap-bytes=" + peak.get());
		out.println("max-heap-bytes=" + Runtime.getRuntime().maxMemory());
		System.exit(status);
	}
}
