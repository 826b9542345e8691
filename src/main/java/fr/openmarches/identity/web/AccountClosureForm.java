package fr.openmarches.identity.web;

/** A signed-in person closing their account, with their password as proof. */
record AccountClosureForm(String password) {

	static AccountClosureForm empty() {
		return new AccountClosureForm("");
	}

	@Override
	public String toString() {
		return "AccountClosureForm[…]";
	}
}
