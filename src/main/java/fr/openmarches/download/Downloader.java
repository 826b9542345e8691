package fr.openmarches.download;

import java.util.Locale;

/**
 * A person who identified themselves when downloading.
 *
 * @param company the company they download for, as they wrote it
 * @param locale their language, for the mails they will receive
 */
public record Downloader(String givenName, String familyName, String company, String email, Locale locale) {

	public String displayName() {
		return givenName + " " + familyName;
	}
}
