package fr.openmarches.download.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The download form: the pieces ticked, and who downloads (unless {@code anonymous}).
 */
record DownloadForm(List<UUID> documents, boolean anonymous, String givenName, String familyName, String company,
		String email) {

	DownloadForm {
		documents = documents == null ? new ArrayList<>() : documents;
	}
}
