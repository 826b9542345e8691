package fr.openmarches.award;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.identity.AccountId;

/**
 * The messages of a company, for its members: the list, and each message opened — the first opening
 * by any member is recorded once and is the letter's legal notification date; later openings change
 * nothing. Another company's message does not exist ({@link NoSuchElementException}).
 */
@Service
@Transactional
public class CompanyMessages {

	private final Messages messages;

	private final CompanyService companies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyMessages(Messages messages, CompanyService companies, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.companies = companies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The messages of the member's company, latest first.
	 * @throws NotACompanyMemberException when the person is no company's member
	 */
	@Transactional(readOnly = true)
	public List<CompanyMessage> of(AccountId member) {
		return messages.ofCompany(companyOf(member));
	}

	/**
	 * Opens a message of the member's company: recorded as notified at the first opening.
	 * @throws NoSuchElementException when it is not one of the company's messages
	 */
	public CompanyMessage open(AccountId member, UUID id) {
		var message = mine(member, id);
		var now = clock.instant();
		if (messages.opened(id, member, now) && message.kind() == MessageKind.AWARD) {
			events.publishEvent(new AwardNotified(message.consultation(), message.lot() == 0 ? null : message.lot(),
					message.company(), now));
		}
		return messages.find(message.id()).orElseThrow();
	}

	/** The letter's sealed PDF; reading it opens the message too. */
	public byte[] letter(AccountId member, UUID id) {
		open(member, id);
		return messages.pdf(id).orElseThrow(() -> new NoSuchElementException("No letter with message " + id));
	}

	private CompanyMessage mine(AccountId member, UUID id) {
		var company = companyOf(member);
		return messages.find(id).filter(m -> m.company().equals(company))
			.orElseThrow(() -> new NoSuchElementException("No message " + id));
	}

	private CompanyId companyOf(AccountId member) {
		return companies.companyOf(member)
			.filter(c -> c.member(member).filter(m -> !m.locked()).isPresent())
			.map(CompanyView::id)
			.orElseThrow(NotACompanyMemberException::new);
	}

	/** The person is no (active) member of a company: company messages are not for them. */
	public static class NotACompanyMemberException extends RuntimeException {

		NotACompanyMemberException() {
			super("Company messages are for company members");
		}
	}
}
