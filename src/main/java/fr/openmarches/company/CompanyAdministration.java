package fr.openmarches.company;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.openmarches.company.MembershipChangeRefusedException.Reason;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import fr.openmarches.identity.Invitation;
import fr.openmarches.identity.Role;
import fr.openmarches.platform.Siret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company's administrators do: manage their collaborators (list them, invite, promote and
 * demote, lock and unlock, remove, correct their details) and the company's establishments.
 *
 * <p>Every method acts for {@code actor}, the signed-in person, on <em>their</em> company only:
 * a simple member gets {@link AdministratorsOnlyException}, an account that is not a member of
 * the actor's company gets {@link NotInCompanyException} — whatever company it belongs to — and
 * nothing changes. The company's own rules (never without an active administrator) come from
 * the {@link Company} aggregate as {@link MembershipChangeRefusedException}.
 */
@Service
@Transactional
public class CompanyAdministration {

	private final Companies companies;

	private final AccountService accounts;

	private final Clock clock;

	CompanyAdministration(Companies companies, AccountService accounts, Clock clock) {
		this.companies = companies;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The actor's company; any member may read it. */
	@Transactional(readOnly = true)
	public CompanyView companyOf(AccountId actor) {
		return companies.findByMember(actor.value()).map(Company::view).orElseThrow(() -> new NoCompanyException(actor));
	}

	/** The members of the actor's company: administrators first, then by name. */
	@Transactional(readOnly = true)
	public List<Collaborator> collaborators(AccountId actor) {
		var company = administeredBy(actor).view();
		var people = accounts.findAll(company.members().stream().map(CompanyView.MemberView::account).toList());
		return company.members()
			.stream()
			.filter(member -> people.containsKey(member.account()))
			.map(member -> collaborator(member, people.get(member.account())))
			.sorted(Comparator.comparing(Collaborator::role).reversed()
				.thenComparing(c -> c.familyName().toLowerCase(Locale.ROOT))
				.thenComparing(c -> c.givenName().toLowerCase(Locale.ROOT)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Collaborator collaborator(AccountId actor, AccountId member) {
		var company = administeredBy(actor);
		requireMember(company, member);
		var view = company.view().member(member).orElseThrow();
		return collaborator(view, accounts.find(member).orElseThrow(() -> new NotInCompanyException("member", member)));
	}

	/**
	 * Opens an account for a collaborator, who receives a link to choose their password, and makes
	 * them a simple member.
	 * @throws fr.openmarches.identity.EmailAlreadyUsedException when the email address is taken
	 */
	public AccountId invite(AccountId actor, Invitee invitee, Locale locale) {
		var company = administeredBy(actor);
		var inviter = accounts.find(actor).orElseThrow();
		var account = accounts.invite(new Invitation(invitee.email(), invitee.givenName(), invitee.familyName(),
				invitee.phone(), Set.of(Role.SUPPLIER_MEMBER), inviter.displayName(), company.view().name()), locale);
		company.join(account, clock.instant());
		companies.save(company);
		return account;
	}

	/** Makes a simple member an administrator. */
	public void promote(AccountId actor, AccountId member) {
		var company = administeredBy(actor);
		requireMember(company, member);
		if (accounts.find(member).map(AccountView::invited).orElse(false)) {
			throw new MembershipChangeRefusedException(Reason.NOT_ACTIVATED, member.toString());
		}
		company.promote(member);
		companies.save(company);
		accounts.grant(member, Role.SUPPLIER_ADMIN);
	}

	/** Makes an administrator (the actor too) a simple member, if another administrator remains. */
	public void demote(AccountId actor, AccountId member) {
		var company = administeredBy(actor);
		requireMember(company, member);
		company.demote(member);
		companies.save(company);
		accounts.revoke(member, Role.SUPPLIER_ADMIN);
	}

	/** Locks a collaborator out of the platform; {@code reason} is what they are told at sign-in. */
	public void lock(AccountId actor, AccountId member, String reason) {
		var company = administeredBy(actor);
		requireMember(company, member);
		requireSomeoneElse(actor, member);
		company.lock(member, reason);
		companies.save(company);
		accounts.lock(member, reason.strip());
	}

	public void unlock(AccountId actor, AccountId member) {
		var company = administeredBy(actor);
		requireMember(company, member);
		company.unlock(member);
		companies.save(company);
		// The platform's operators may have unlocked the account already.
		if (accounts.find(member).map(AccountView::locked).orElse(false)) {
			accounts.unlock(member);
		}
	}

	/**
	 * Removes a collaborator from the company; their account stays (they may join another company),
	 * locked if it was.
	 */
	public void remove(AccountId actor, AccountId member) {
		var company = administeredBy(actor);
		requireMember(company, member);
		requireSomeoneElse(actor, member);
		company.remove(member);
		companies.save(company);
		accounts.revoke(member, Role.SUPPLIER_ADMIN);
		accounts.revoke(member, Role.SUPPLIER_MEMBER);
	}

	/** Corrects a collaborator's name, first name, phone and fax. */
	public void correct(AccountId actor, AccountId member, ContactCorrection correction) {
		var company = administeredBy(actor);
		requireMember(company, member);
		accounts.updateContact(member, correction.givenName(), correction.familyName(), correction.phone(),
				correction.fax());
	}

	/**
	 * Adds an establishment of the actor's company (a new head office replaces the previous one).
	 * @throws IllegalArgumentException when the SIRET is not of the company's SIREN, or registered
	 */
	public void addEstablishment(AccountId actor, Siret siret, boolean headOffice, Address address) {
		var company = administeredBy(actor);
		company.addEstablishment(siret, headOffice, address);
		companies.save(company);
	}

	private Company administeredBy(AccountId actor) {
		var company = companies.findByMember(actor.value()).orElseThrow(() -> new NoCompanyException(actor));
		if (!company.view().isAdministeredBy(actor)) {
			throw new AdministratorsOnlyException(actor);
		}
		return company;
	}

	private static void requireMember(Company company, AccountId member) {
		if (!company.isMember(member)) {
			throw new NotInCompanyException("member", member);
		}
	}

	/** Administrators leave through their own page; they do not lock or remove themselves. */
	private static void requireSomeoneElse(AccountId actor, AccountId member) {
		if (actor.equals(member)) {
			throw new MembershipChangeRefusedException(Reason.SELF, actor.toString());
		}
	}

	private static Collaborator collaborator(CompanyView.MemberView member, AccountView account) {
		var status = member.locked() || account.locked() ? CollaboratorStatus.LOCKED
				: account.invited() ? CollaboratorStatus.INVITED : CollaboratorStatus.ACTIVE;
		return new Collaborator(member.account(), account.givenName(), account.familyName(), account.email(),
				account.phone(), account.fax(), member.role(), status, member.lockedReason(), member.establishment(),
				member.joinedAt());
	}

	/**
	 * Someone an administrator invites.
	 *
	 * @param phone optional
	 */
	public record Invitee(String email, String givenName, String familyName, String phone) {
	}
}
