package fr.openmarches.submission.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.SignedInUser;

/** The company a signed-in person deposits for: uploads and deposits are for company members only (403 otherwise). */
@Component
class CompanyOfMember {

	private final CompanyService companies;

	CompanyOfMember(CompanyService companies) {
		this.companies = companies;
	}

	CompanyId of(SignedInUser person) {
		return companies.companyIdOf(person.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Uploads and deposits are for company members"));
	}
}
