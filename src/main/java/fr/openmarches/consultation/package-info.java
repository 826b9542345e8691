/**
 * Consultation: the procurement procedures buyers draft and publish and suppliers answer.
 *
 * <p>A {@code Consultation} (reference, object, procedure, category, CPV codes, lots, place,
 * value, deadlines, documents, access open or restricted) lives through the states of
 * {@link fr.openmarches.consultation.ConsultationState}:
 *
 * <pre>
 *   DRAFT ─publish─▶ PUBLISHED ─deadline─▶ CLOSED ─open─▶ OPENED ─award─▶ AWARDED
 *     │                 │ publish a change                        └─declare unsuccessful─▶ UNSUCCESSFUL
 *     │ revise, attach  │ (addendum)
 *   DRAFT, PUBLISHED, CLOSED or OPENED ─cancel (with a reason)─▶ CANCELLED
 *   PUBLISHED or CLOSED ─extend the deadline (with a reason)─▶ PUBLISHED
 * </pre>
 *
 * Every transition is a method of the aggregate that refuses an illegal state and registers an
 * event ({@link fr.openmarches.consultation.ConsultationPublished},
 * {@link fr.openmarches.consultation.ConsultationChanged},
 * {@link fr.openmarches.consultation.ConsultationClosed}…). The deadline is extended
 * ({@link fr.openmarches.consultation.ConsultationService#extendDeadline},
 * {@link fr.openmarches.consultation.DeadlineExtended}) only by the evidence module's rule: an
 * outage of the platform in the last hour before it; a consultation closed at it and not opened is
 * reopened. The aggregate also computes when it
 * next needs the clock's attention ({@code next_check_at}); a chronograph asks the database for
 * the consultations whose time has come and applies what is due, so closing at the deadline never
 * depends on a sleeping thread, and several instances share the work ({@code skip locked}).
 *
 * <p><b>Publication.</b> A draft goes public only once nothing blocking is missing
 * ({@link fr.openmarches.consultation.PublicationCheck}: the rules, the notice outside a MAPA, a
 * deposit deadline ahead…). Whether its notice goes to the Official Journal of the EU is worked out
 * from its estimated value (or the sum of its lots'), category, procedure, buyer kind and regime
 * against {@link fr.openmarches.consultation.EuThresholds} ({@code openmarches.consultation.eu-thresholds.*},
 * the 2026–2027 values by default), and settled at publication.
 *
 * <p><b>Documents.</b> Notice, rules (RC) and pieces of the DCE are files in the platform's blob
 * store (names cleaned of folders and control characters, size capped by
 * {@link fr.openmarches.consultation.ConsultationSettings}), or pieces not dematerialised with how
 * to obtain them. A draft's documents change freely; a public consultation's change only through a
 * numbered change (addendum) with a reason ({@link fr.openmarches.consultation.Addendum}), and no
 * version is ever deleted: the public page shows the current documents and the history of changes.
 *
 * <p><b>CPV codes</b> are the eight digits of the {@code cpv} module's vocabulary, checked with
 * {@code CpvCatalogue} and shown with their French or English label.
 *
 * <p><b>Who does what.</b> Code goes through {@link fr.openmarches.consultation.ConsultationService};
 * buyers through {@link fr.openmarches.consultation.BuyerConsultations}, which lets a buyer (buyer
 * or entity administrator, {@code organisation.OrganisationService.appointmentsOf}) read and change
 * only their entities' consultations — any other is « not found ». Readers go through
 * {@link fr.openmarches.consultation.ConsultationCatalogue}, which shows only what was published and
 * keeps test consultations (« s'entraîner ») apart.
 *
 * <p><b>Search.</b> The public list, the public API and the {@code alert} module search with
 * {@link fr.openmarches.consultation.ConsultationFinder} and a
 * {@link fr.openmarches.consultation.FinderQuery} (Hibernate Search, French analysis): keywords
 * « exacte » or « approchante » (plurals and accents ignored), all required; organisation or entity,
 * category, procedure, CPV code with the codes below it, department, deadline range, state; sorted
 * by deadline or publication; with facet counts ({@link fr.openmarches.consultation.SearchResults}).
 * Test consultations and drafts are never found.
 *
 * <p>Pages: {@code /consultations} (search with facet counts, and a link to save it as an alert),
 * {@code /consultations/{id}} (with links to the {@code download} and {@code question} modules'
 * pages), {@code /s-entrainer}; the buyer
 * area {@code /acheteur/consultations} (list with counts per state, new, edit, documents,
 * « Vérifier et publier », changes, cancellation). JSON: {@code /api/v1/consultations} (public) and
 * {@code /api/v1/buyer/consultations} (buyers, session and CSRF header).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package fr.openmarches.consultation;
