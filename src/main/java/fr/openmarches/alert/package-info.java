/**
 * Alert: saved searches and the mails announcing new consultations that match them.
 *
 * <p>A signed-in person saves a search of the consultation list and chooses immediate alerts
 * (checked every minute) or a daily digest (at 7:00, Paris time). The list's « Créer une alerte »
 * link passes the search in its query string: keywords {@code q} and how they match {@code mode}
 * (exact, or approaching by default), {@code organisation}, {@code entity}, {@code category},
 * {@code procedure}, {@code cpv} (a CPV 2008 code, checked against {@code cpv.CpvCatalogue}; the
 * codes below it match too) and {@code department}. The deadline range, state, order and page are
 * not kept: an alert announces newly published consultations, open to bids. Each run mails the
 * consultations published since the previous one, found as the list finds them
 * ({@code consultation.ConsultationFinder}), with links, and a one-click unsubscribe (RFC 8058
 * headers, and a link in the mail). Runs are due by {@code next_run_at} and taken with
 * {@code for update skip locked}, so several instances never mail an alert twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert")
package fr.openmarches.alert;
