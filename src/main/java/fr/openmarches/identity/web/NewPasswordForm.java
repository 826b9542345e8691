package fr.openmarches.identity.web;

/** A new password chosen through a link sent by mail; {@code token} is the link's. */
record NewPasswordForm(String token, String password, String confirmation) {

	static NewPasswordForm forToken(String token) {
		return new NewPasswordForm(token, "", "");
	}

	@Override
	public String toString() {
		return "NewPasswordForm[…]";
	}
}
