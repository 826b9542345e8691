package fr.openmarches.submission;

import java.util.Objects;

import fr.openmarches.company.CompanyId;
import fr.openmarches.identity.AccountId;

/** A company member sending a file: the upload belongs to the company, and names the person. */
public record Uploader(AccountId account, CompanyId company) {

	public Uploader {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(company, "company");
	}
}
