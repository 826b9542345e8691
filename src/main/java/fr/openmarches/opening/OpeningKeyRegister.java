package fr.openmarches.opening;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.OpeningKeyCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers the consultation's question before publication. Kept apart from {@link OpeningKeys}
 * (which reads consultations) so that the consultation module's service and this module's do not
 * need each other to be built.
 */
@Component
class OpeningKeyRegister implements OpeningKeyCheck {

	private final Commissions commissions;

	OpeningKeyRegister(Commissions commissions) {
		this.commissions = commissions;
	}

	/**
	 * In a writing transaction (a publication), locks the commission for share: a ceremony
	 * replacing it (which locks it for update) waits until the publication commits, then sees the
	 * consultation published and stops. A read-only one (the review page) only looks: PostgreSQL
	 * takes no row lock there.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean hasOpeningKey(ConsultationId consultation) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return commissions.countHeld(consultation.value()) > 0;
		}
		return commissions.existsById(consultation.value());
	}
}
