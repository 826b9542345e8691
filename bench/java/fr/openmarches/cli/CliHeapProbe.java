package fr.openmarches.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs the command-line client in its own JVM, as {@code java -jar openmarches-cli.jar} would, then
 * prints the peak heap the JVM used ({@code peak-heap-bytes=…}), summed over the heap's pools: what
 * {@link CliDepositBenchmark} reports next to the throughput.
 */
public final class CliHeapProbe {

	private CliHeapProbe() {
	}

	public static void main(String[] args) {
		var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		int status = new OpenMarchesCli(out, new PrintStream(System.err, true, StandardCharsets.UTF_8), Locale.FRENCH)
			.run(args);
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		out.println("peak-heap-bytes=" + peak);
		out.println("max-heap-bytes=" + Runtime.getRuntime().maxMemory());
		System.exit(status);
	}
}
