package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** The person belongs to no company (never did, was removed, or left). */
public class NoCompanyException extends RuntimeException {

	public NoCompanyException(AccountId account) {
		super(account + " belongs to no company", null, false, false);
	}
}
