package fr.openmarches.platform;

import java.io.Serializable;

/**
 * A message shown once at the top of the next page (after a redirect), rendered by the layout as
 * a DSFR alert. Put it in the redirect's flash attributes under {@link #ATTRIBUTE}.
 *
 * @param messageKey key in a module's message bundle
 * @param arguments the message's arguments
 */
public record Flash(Level level, String messageKey, Object... arguments) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public static Flash success(String messageKey, Object... arguments) {
		return new Flash(Level.SUCCESS, messageKey, arguments);
	}

	public static Flash info(String messageKey, Object... arguments) {
		return new Flash(Level.INFO, messageKey, arguments);
	}

	public static Flash warning(String messageKey, Object... arguments) {
		return new Flash(Level.WARNING, messageKey, arguments);
	}

	public static Flash error(String messageKey, Object... arguments) {
		return new Flash(Level.ERROR, messageKey, arguments);
	}

	public enum Level {

		SUCCESS("success"), INFO("info"), WARNING("warning"), ERROR("error");

		private final String cssSuffix;

		Level(String cssSuffix) {
			this.cssSuffix = cssSuffix;
		}

		public String getCssSuffix() {
			return cssSuffix;
		}
	}
}
