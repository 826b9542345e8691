package fr.openmarches.dume;

import java.math.BigDecimal;

/** Amounts, numbers and texts as people type them (« 100 000,50 ») and as the XML holds them. */
final class Values {

	static final int MAX_TEXT = 4000;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");

	private Values() {
	}

	/** A non-negative amount with at most two decimals, or refused. */
	static BigDecimal amount(String typed) {
		var value = number(typed);
		if (value.scale() > 2) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
		return value.setScale(2);
	}

	/** A non-negative number, or refused. */
	static BigDecimal number(String typed) {
		try {
			var value = new BigDecimal(typed.strip().replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.'));
			if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
				throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
			}
			return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
		}
		catch (NumberFormatException e) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
	}

	/** A text without control characters (but line breaks), at most {@value #MAX_TEXT} characters. */
	static String text(String typed) {
		var text = typed.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		if (text.length() > MAX_TEXT) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, "text too long");
		}
		return text;
	}

	/**
	 * A follow-up answer of the official {@code type} as the platform keeps it (see
	 * {@link EspdResponse.Answer#details}), or refused ({@code BAD_VALUE}).
	 */
	static String followUp(String type, String typed) {
		var value = typed.strip();
		try {
			return switch (type) {
				case "INDICATOR" -> {
					if (!value.equals("true") && !value.equals("false")) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield value;
				}
				case "DATE" -> java.time.LocalDate.parse(value).toString();
				case "PERIOD" -> {
					var parts = value.split("/", -1);
					var start = java.time.LocalDate.parse(parts[0].strip());
					var end = java.time.LocalDate.parse(parts[parts.length - 1].strip());
					if (parts.length != 2 || end.isBefore(start)) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield start + "/" + end;
				}
				case "AMOUNT" -> amount(value).toPlainString();
				case "QUANTITY_INTEGER" -> {
					var number = number(value);
					if (number.scale() > 0) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield number.toPlainString();
				}
				case "PERCENTAGE" -> {
					var number = number(value);
					if (number.compareTo(BigDecimal.valueOf(100)) > 0) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield number.toPlainString();
				}
				case "CODE_COUNTRY" -> {
					var country = value.toUpperCase(java.util.Locale.ROOT);
					if (!java.util.Set.of(java.util.Locale.getISOCountries()).contains(country)) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield country;
				}
				case "URL" -> {
					var uri = java.net.URI.create(value);
					if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null
							|| value.length() > 2000) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield value;
				}
				case "CODE" -> {
					if (!EspdCriterion.GROUP_ROLES.contains(value)) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_ROLE, typed);
					}
					yield value;
				}
				case "ECONOMIC_OPERATOR_IDENTIFIER" -> {
					if (value.length() > 100) {
						throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
					}
					yield text(value);
				}
				default -> text(value);
			};
		}
		catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
	}

	/**
	 * A document named as evidence, cleaned: a URL ({@code http}, {@code https}) or a reference at
	 * least; each part at most 300 characters, the description {@value #MAX_TEXT}. Else {@code BAD_EVIDENCE}.
	 */
	static EspdResponse.Evidence evidence(EspdResponse.Evidence typed) {
		if (typed == null) {
			return null;
		}
		var url = blank(typed.url()) ? null : typed.url().strip();
		var reference = line(typed.reference());
		if (url == null && reference == null) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_EVIDENCE, "no URL nor reference");
		}
		if (url != null) {
			try {
				var uri = java.net.URI.create(url);
				if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null
						|| url.length() > 2000) {
					throw new EspdRejectedException(EspdRejectedException.Reason.BAD_EVIDENCE, url);
				}
			}
			catch (IllegalArgumentException e) {
				throw new EspdRejectedException(EspdRejectedException.Reason.BAD_EVIDENCE, url);
			}
		}
		var description = blank(typed.description()) ? null : text(typed.description());
		return new EspdResponse.Evidence(url, reference, line(typed.issuer()), description);
	}

	private static String line(String typed) {
		if (blank(typed)) {
			return null;
		}
		var text = text(typed).replaceAll("\\s+", " ");
		if (text.length() > 300) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_EVIDENCE, "too long");
		}
		return text;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
