package fr.openmarches.identity.web;

/** A code typed from an authenticator app. */
record CodeForm(String code) {

	static CodeForm empty() {
		return new CodeForm("");
	}
}
