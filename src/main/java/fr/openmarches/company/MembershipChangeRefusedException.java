package fr.openmarches.company;

/**
 * A change of membership the company's rules forbid; {@link #messageKey()} explains it to the
 * person who asked.
 */
public class MembershipChangeRefusedException extends IllegalStateException {

	private final Reason reason;

	public MembershipChangeRefusedException(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "company.membership.refused." + reason.name();
	}

	/** Why the change is refused. */
	public enum Reason {
		/** It would leave the company without an active (unlocked) administrator. */
		LAST_ADMINISTRATOR,
		/** The person already belongs to this company. */
		ALREADY_MEMBER,
		/** The person already belongs to another company (a person belongs to one company). */
		ALREADY_IN_ANOTHER_COMPANY,
		/** The person is already an administrator. */
		ALREADY_ADMINISTRATOR,
		/** The person is not an administrator. */
		NOT_ADMINISTRATOR,
		/** The person's membership is locked: unlock it first. */
		LOCKED,
		/** The person's membership is not locked. */
		NOT_LOCKED,
		/** An administrator does not lock or remove themselves (they leave instead). */
		SELF,
		/** The person has not yet activated their account (invitation pending). */
		NOT_ACTIVATED
	}
}
