package fr.openmarches.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

interface OutboundMails extends JpaRepository<OutboundMail, UUID> {

	/**
	 * Mails due for an attempt, locked for this transaction; rows another instance is sending are
	 * skipped, so several instances share the work without sending a mail twice.
	 */
	@NativeQuery("""
			select * from notification.outbound_mail
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at
			limit :limit
			for update skip locked""")
	List<OutboundMail> lockDue(Instant now, int limit);

	long countByStatus(OutboundMail.Status status);
}
