package fr.openmarches.company;

import fr.openmarches.platform.Siret;
import fr.openmarches.platform.Siren;
import java.util.List;
import java.util.Optional;

import fr.openmarches.identity.AccountId;

/** What other modules may read of a company. */
public record CompanyView(CompanyId id, Siren siren, String name, String legalForm, String activityCode, boolean sme,
		Address address, List<EstablishmentView> establishments, List<MemberView> members) {

	public Optional<EstablishmentView> headOffice() {
		return establishments.stream().filter(EstablishmentView::headOffice).findFirst();
	}

	public Optional<CompanyRole> roleOf(AccountId account) {
		return members.stream().filter(m -> m.account().equals(account)).map(MemberView::role).findFirst();
	}

	public record EstablishmentView(Siret siret, boolean headOffice, Address address) {
	}

	public record MemberView(AccountId account, CompanyRole role) {
	}
}
