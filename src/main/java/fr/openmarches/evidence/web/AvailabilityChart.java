package fr.openmarches.evidence.web;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import fr.openmarches.evidence.AvailabilityStatement;
import fr.openmarches.platform.LegalTime;

/**
 * A statement drawn as a timeline bar: each period a rectangle whose width is its share of the
 * window, in a viewBox {@value #WIDTH} units wide (the template's {@code viewBox}), with hour ticks (Europe/Paris). The page gives
 * the same periods as a table.
 */
record AvailabilityChart(AvailabilityStatement statement, List<Bar> bars, List<Tick> ticks) {

	static final int WIDTH = 1000;

	/** A period's rectangle: {@code x} and {@code width} in viewBox units. */
	record Bar(String status, double x, double width, ZonedDateTime start, ZonedDateTime end) {
	}

	/** An hour mark under the bar. */
	record Tick(double x, String label) {
	}

	static AvailabilityChart of(AvailabilityStatement statement) {
		double total = statement.duration().toMillis();
		var bars = new ArrayList<Bar>();
		for (var period : statement.periods()) {
			double x = Duration.between(statement.from(), period.start()).toMillis() * WIDTH / total;
			double width = period.duration().toMillis() * WIDTH / total;
			bars.add(new Bar(period.status().name(), round(x), round(width),
					period.start().atZone(LegalTime.ZONE), period.end().atZone(LegalTime.ZONE)));
		}
		var ticks = new ArrayList<Tick>();
		long hours = Math.max(1, statement.duration().toHours());
		long step = hours <= 6 ? 1 : hours <= 24 ? 6 : 24;
		var first = statement.from().atZone(LegalTime.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
		for (var tick = first; tick.toInstant().isBefore(statement.to()); tick = tick.plusHours(1)) {
			if (tick.getHour() % step == 0) {
				double x = Duration.between(statement.from(), tick.toInstant()).toMillis() * WIDTH / total;
				ticks.add(new Tick(round(x), step == 24 ? tick.toLocalDate().toString() : "%02dh".formatted(tick.getHour())));
			}
		}
		return new AvailabilityChart(statement, bars, ticks);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
