package fr.openmarches.company;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * What other modules may read of a company.
 *
 * @param siren null for a company established abroad, which has a {@code nationalId} instead
 * @param nationalId the identifier of a company established abroad in its own country's register
 * (VAT number, Handelsregister number…), null for a French company
 * @param legalForm INSEE code of a French company, the form's own name abroad ({@link LegalForm})
 * @param listed whether the public directory shows the company
 */
public record CompanyView(CompanyId id, Siren siren, String nationalId, String name, String legalForm,
		String activityCode, boolean sme, Address address, boolean listed, List<EstablishmentView> establishments,
		List<MemberView> members) {

	public Optional<EstablishmentView> headOffice() {
		return establishments.stream().filter(EstablishmentView::headOffice).findFirst();
	}

	public Optional<MemberView> member(AccountId account) {
		return members.stream().filter(m -> m.account().equals(account)).findFirst();
	}

	public Optional<CompanyRole> roleOf(AccountId account) {
		return member(account).map(MemberView::role);
	}

	/** Whether {@code account} is an administrator who may act (not locked). */
	public boolean isAdministeredBy(AccountId account) {
		return member(account).filter(MemberView::isActiveAdministrator).isPresent();
	}

	/** The administrators who may act: they hear about the company's membership. */
	public List<AccountId> activeAdministrators() {
		return members.stream().filter(MemberView::isActiveAdministrator).map(MemberView::account).toList();
	}

	public boolean isEstablishedAbroad() {
		return siren == null;
	}

	public record EstablishmentView(Siret siret, boolean headOffice, Address address) {
	}

	/**
	 * @param locked locked by an administrator of the company (the account cannot sign in)
	 * @param establishment where the person works, if they said
	 */
	public record MemberView(AccountId account, CompanyRole role, boolean locked, String lockedReason,
			Siret establishment, Instant joinedAt) {

		public boolean isActiveAdministrator() {
			return role == CompanyRole.ADMINISTRATOR && !locked;
		}
	}
}
