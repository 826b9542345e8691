package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** Only the company's administrators may do this; the person asking is a simple member. */
public class AdministratorsOnlyException extends RuntimeException {

	public AdministratorsOnlyException(AccountId account) {
		super(account + " is not an administrator of their company", null, false, false);
	}
}
