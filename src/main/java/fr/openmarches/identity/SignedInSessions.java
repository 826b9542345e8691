package fr.openmarches.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The person's web sessions (Spring Session in PostgreSQL, so on every instance at once). */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Signs the person out everywhere but in {@code keptSessionId} (null: everywhere). */
	void endAllBut(String email, String keptSessionId) {
		for (var id : sessions.findByPrincipalName(email).keySet()) {
			if (!id.equals(keptSessionId)) {
				sessions.deleteById(id);
			}
		}
	}
}
