package fr.openmarches.organisation;

/**
 * A change to a purchasing entity's agents that its rules forbid. {@link #messageKey()} names the
 * translated explanation to show the person who asked.
 */
public class AgentChangeRefusedException extends RuntimeException {

	private final Reason reason;

	public AgentChangeRefusedException(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey;
	}

	/** Why the change is refused. */
	public enum Reason {

		/** It would leave the entity without an active administrator. */
		LAST_ADMINISTRATOR("organisation.agents.refused.lastAdministrator"),
		/** An appointment needs at least one role. */
		NO_ROLE("organisation.agents.refused.noRole"),
		/** The person is already an active agent of the entity. */
		ALREADY_AGENT("organisation.agents.refused.alreadyAgent"),
		/** The person was an agent of the entity and was deactivated: reactivate them instead. */
		DEACTIVATED_AGENT("organisation.agents.refused.deactivatedAgent"),
		/** The agent is already deactivated. */
		ALREADY_DEACTIVATED("organisation.agents.refused.alreadyDeactivated"),
		/** The agent is already active. */
		ALREADY_ACTIVE("organisation.agents.refused.alreadyActive"),
		/** The person already chose their password: there is no invitation to send again. */
		NOT_INVITED("organisation.agents.refused.notInvited");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}
	}
}
