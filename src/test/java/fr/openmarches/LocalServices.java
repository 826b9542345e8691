package fr.openmarches;

import fr.openmarches.company.sirene.LocalInsee;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Real local servers standing in for outside services, started once per test run before any
 * Spring context, which finds them through system properties: INSEE's Sirene API
 * ({@link LocalInsee}), and the external timestamp authority ({@link LocalTimestampAuthority}).
 * Tests script them through {@link #insee()} and {@link #tsa()}.
 */
public final class LocalServices implements LauncherSessionListener {

	private static LocalInsee insee;

	private static LocalTimestampAuthority tsa;

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

	/** The external timestamp authority the shared application context stamps with. */
	public static synchronized LocalTimestampAuthority tsa() {
		if (tsa == null) {
			tsa = new LocalTimestampAuthority();
			System.setProperty("openmarches.signature.tsa-url", tsa.url());
			System.setProperty("openmarches.signature.tsa-timeout", "PT5S");
		}
		return tsa;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		insee();
		tsa();
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		synchronized (LocalServices.class) {
			if (insee != null) {
				insee.close();
				insee = null;
			}
			if (tsa != null) {
				tsa.close();
				tsa = null;
			}
		}
	}
}
