package fr.openmarches.identity.web;

/** A signed-in person's new password, with the current one as proof. */
record PasswordChangeForm(String currentPassword, String newPassword, String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	@Override
	public String toString() {
		return "PasswordChangeForm[…]";
	}
}
