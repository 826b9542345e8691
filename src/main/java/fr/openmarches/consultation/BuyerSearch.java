package fr.openmarches.consultation;

import fr.openmarches.organisation.PurchasingEntityId;

/**
 * A search of a buyer's own consultations, drafts and test consultations included; every
 * criterion is optional.
 *
 * @param entity one of the buyer's entities; {@code null} for all of them
 * @param state one state; {@code null} for every state
 * @param keywords words that must all appear in the reference, title or object
 */
public record BuyerSearch(PurchasingEntityId entity, ConsultationState state, String keywords) {
}
