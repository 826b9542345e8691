package fr.openmarches;

import fr.openmarches.company.sirene.LocalInsee;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Real local servers standing in for outside services, started once per test run before any
 * Spring context, which finds them through system properties: INSEE's Sirene API
 * ({@link LocalInsee}), the external timestamp authority ({@link LocalTimestampAuthority}), and the
 * certification authority whose signers the platform trusts ({@link LocalCertificationAuthority}).
 * Tests script them through {@link #insee()}, {@link #tsa()} and {@link #ca()}.
 */
public final class LocalServices implements LauncherSessionListener {

	private static LocalInsee insee;

	private static LocalTimestampAuthority tsa;

	private static LocalCertificationAuthority ca;

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

	/** The certification authority the shared application context trusts. */
	public static synchronized LocalCertificationAuthority ca() {
		if (ca == null) {
			ca = new LocalCertificationAuthority();
			System.setProperty("openmarches.signature.verification.trust-folder", ca.trustFolder().toString());
		}
		return ca;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		insee();
		tsa();
		ca();
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
			if (ca != null) {
				ca.close();
				ca = null;
			}
		}
	}
}
