package fr.openmarches;

import fr.openmarches.company.sirene.LocalInsee;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Real local servers standing in for outside services, started once per test run before any
 * Spring context, which finds them through system properties: INSEE's Sirene API
 * ({@link LocalInsee}). Tests script them through {@link #insee()}.
 */
public final class LocalServices implements LauncherSessionListener {

	private static LocalInsee insee;

	/** The local Sirene API the shared application context talks to. */
	public static synchronized LocalInsee insee() {
		if (insee == null) {
			insee = new LocalInsee();
			System.setProperty("openmarches.sirene.base-url", insee.baseUrl());
			System.setProperty("openmarches.sirene.api-key", LocalInsee.API_KEY);
			System.setProperty("openmarches.sirene.timeout", "PT2S");
		}
		return insee;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		insee();
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		synchronized (LocalServices.class) {
			if (insee != null) {
				insee.close();
				insee = null;
			}
		}
	}
}
