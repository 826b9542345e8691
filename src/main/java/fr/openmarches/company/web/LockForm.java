package fr.openmarches.company.web;

import org.springframework.validation.Errors;

/** Why an administrator locks a collaborator: the person is told at sign-in. */
record LockForm(String reason) {

	static final int MAX_REASON = 300;

	void check(Errors errors) {
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("reason", "company.collaborators.lock.error.reason");
		}
		else if (reason.strip().length() > MAX_REASON) {
			errors.rejectValue("reason", "company.signup.error.tooLong", new Object[] { MAX_REASON }, null);
		}
	}
}
