package fr.openmarches.consultation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a buyer may do to a consultation, as pages and the API offer it: only what its state
 * allows (the aggregate refuses the rest anyway).
 */
public enum BuyerAction {

	/** Change the details and lots of a draft. */
	REVISE,

	/** Attach and remove documents of a draft. */
	CHANGE_DOCUMENTS,

	/** Review the draft and make it public. */
	PUBLISH,

	/** Publish a change (addendum) to the documents of a public consultation, before its deadline. */
	PUBLISH_CHANGE,

	/** Stop the consultation (sans suite), with a reason. */
	CANCEL;

	/** The actions a consultation in {@code state} allows. */
	public static Set<BuyerAction> allowedIn(ConsultationState state) {
		var allowed = EnumSet.noneOf(BuyerAction.class);
		if (state == ConsultationState.DRAFT) {
			allowed.addAll(EnumSet.of(REVISE, CHANGE_DOCUMENTS, PUBLISH));
		}
		if (state == ConsultationState.PUBLISHED) {
			allowed.add(PUBLISH_CHANGE);
		}
		if (ConsultationState.CANCELLABLE.contains(state)) {
			allowed.add(CANCEL);
		}
		return allowed;
	}
}
