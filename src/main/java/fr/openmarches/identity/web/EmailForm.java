package fr.openmarches.identity.web;

/** The email address of a forgotten password. */
record EmailForm(String email) {

	static EmailForm empty() {
		return new EmailForm("");
	}
}
