package fr.openmarches.company.web;

import fr.openmarches.company.AdministratorsOnlyException;
import fr.openmarches.company.CompanyAdministration;
import fr.openmarches.company.CompanyView;
import fr.openmarches.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every page of the company space shows: the company, and whether the person administers it. */
@Component
class CompanySpaceModel {

	private final CompanyAdministration administration;

	CompanySpaceModel(CompanyAdministration administration) {
		this.administration = administration;
	}

	/** @throws fr.openmarches.company.NoCompanyException when the person belongs to no company */
	CompanyView fill(SignedInUser person, Model model) {
		var company = administration.companyOf(person.accountId());
		model.addAttribute("company", company);
		model.addAttribute("me", company.member(person.accountId()).orElseThrow());
		model.addAttribute("administrator", company.isAdministeredBy(person.accountId()));
		return company;
	}

	/** @throws AdministratorsOnlyException when the person is a simple member */
	CompanyView fillForAdministrator(SignedInUser person, Model model) {
		var company = fill(person, model);
		if (!company.isAdministeredBy(person.accountId())) {
			throw new AdministratorsOnlyException(person.accountId());
		}
		return company;
	}
}
