/**
 * Consultation: the procurement procedures buyers publish and suppliers answer.
 *
 * <p>A {@code Consultation} (reference, object, procedure, category, CPV codes, lots, deadlines,
 * documents) lives through the states of {@link fr.openmarches.consultation.ConsultationState}:
 *
 * <pre>
 *   DRAFT ─publish─▶ PUBLISHED ─deadline─▶ CLOSED ─open─▶ OPENED ─award─▶ AWARDED
 *                                                         └─declare unsuccessful─▶ UNSUCCESSFUL
 *   DRAFT, PUBLISHED or CLOSED ─cancel (with a reason)─▶ CANCELLED
 * </pre>
 *
 * Every transition is a method of the aggregate that refuses an illegal state and registers an
 * event ({@link fr.openmarches.consultation.ConsultationPublished},
 * {@link fr.openmarches.consultation.ConsultationClosed}…). The aggregate also computes when it
 * next needs the clock's attention ({@code next_check_at}); a chronograph asks the database for
 * the consultations whose time has come and applies what is due, so closing at the deadline never
 * depends on a sleeping thread, and several instances share the work ({@code skip locked}).
 *
 * <p>Buyers' code goes through {@link fr.openmarches.consultation.ConsultationService}; readers
 * through {@link fr.openmarches.consultation.ConsultationCatalogue}, which never shows drafts and
 * keeps test consultations (« s'entraîner ») apart. Pages: {@code /consultations},
 * {@code /consultations/{id}}, {@code /s-entrainer}; JSON: {@code /api/v1/consultations}.
 * Documents (notice, rules, DCE pieces) are stored in the platform's blob store.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package fr.openmarches.consultation;
