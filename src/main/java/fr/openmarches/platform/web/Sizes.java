package fr.openmarches.platform.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * File sizes as people read them — « 312 o », « 48 ko », « 1,2 Mo », « 2,1 Go » in French,
 * « 1.2 MB » in English (decimal units, one decimal below ten) — available to every template as
 * {@code ${#sizes.format(bytes)}}.
 */
@Component
class Sizes extends AbstractDialect implements IExpressionObjectDialect {

	private static final String[] UNITS = { "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes" };

	private final MessageSource messages;

	Sizes(MessageSource messages) {
		super("openmarches-sizes");
		this.messages = messages;
	}

	static String format(long bytes, Locale locale, MessageSource messages) {
		if (bytes < 0) {
			throw new IllegalArgumentException("A size cannot be negative: " + bytes);
		}
		int unit = 0;
		double value = bytes;
		while (value >= 1000 && unit < UNITS.length - 1) {
			value /= 1000;
			unit++;
		}
		var amount = new DecimalFormat(unit == 0 || value >= 10 ? "0" : "0.#", DecimalFormatSymbols.getInstance(locale))
			.format(value);
		if (amount.equals("1000") && unit < UNITS.length - 1) {
			amount = "1";
			unit++;
		}
		return messages.getMessage("platform.size." + UNITS[unit], new Object[] { amount }, locale);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("sizes");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Formatter(context.getLocale(), messages);
			}

			@Override
			public boolean isCacheable(String name) {
				return false;
			}
		};
	}

	/** What templates call. */
	public record Formatter(Locale locale, MessageSource messages) {

		public String format(long bytes) {
			return Sizes.format(bytes, locale, messages);
		}
	}
}
