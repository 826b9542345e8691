package fr.openmarches.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;


/**
 * A document's words in one language, from its module's bundle (e.g.
 * {@code i18n/submission/messages*.properties}, French by default), and how it writes dates and
 * sizes. Read with a plain {@link ResourceBundle}: rendering needs no Spring context. The bundle
 * holds, under the document's prefix, {@code .dateTime} (a date-time pattern) and the size units
 * {@code .size.bytes}… {@code .size.terabytes} and {@code .size.exact}.
 */
public final class PdfTexts {

	private static final String[] UNITS = { "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes" };

	private final ResourceBundle bundle;

	private final Locale locale;

	private final String prefix;

	private final DateTimeFormatter dateTime;

	/**
	 * @param module the module whose bundle holds the words, e.g. {@code submission}
	 * @param document the document's name in it: its keys start with {@code module.document.}, e.g.
	 *        {@code submission.receipt.title}
	 */
	public PdfTexts(String module, String document, Locale locale) {
		// no fallback to the JVM's locale: anything but English reads French, the bundle's default
		this.bundle = ResourceBundle.getBundle("i18n." + module + ".messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		this.locale = this.bundle.getLocale().getLanguage().isEmpty() ? Locale.FRENCH : this.bundle.getLocale();
		this.prefix = module + "." + document;
		this.dateTime = DateTimeFormatter.ofPattern(text(this.prefix + ".dateTime"), this.locale).withZone(LegalTime.ZONE);
	}

	/** The text of {@code key}, its {@code {0}}… replaced by {@code arguments}. */
	public String text(String key, Object... arguments) {
		var pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** The language tag the PDF declares ({@code /Lang}), for screen readers. */
	public String language() {
		return locale.toLanguageTag();
	}

	/** « 23/11/2026 à 14:05:12 », Paris time. */
	public String dateTime(Instant instant) {
		return dateTime.format(instant);
	}

	/** « 1,2 Mo (1 234 567 octets) »: decimal units, one decimal below ten, as the web pages write sizes. */
	public String size(long bytes) {
		int unit = 0;
		double value = bytes;
		while (value >= 1000 && unit < UNITS.length - 1) {
			value /= 1000;
			unit++;
		}
		var symbols = DecimalFormatSymbols.getInstance(locale);
		var amount = new DecimalFormat(unit == 0 || value >= 10 ? "0" : "0.#", symbols).format(value);
		if (amount.equals("1000") && unit < UNITS.length - 1) {
			amount = "1";
			unit++;
		}
		var readable = text(prefix + ".size." + UNITS[unit], amount);
		return unit == 0 ? readable : text(prefix + ".size.exact", readable, NumberFormat.getIntegerInstance(locale).format(bytes));
	}
}
