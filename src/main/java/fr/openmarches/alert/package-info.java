/**
 * Alert: saved searches and the mails announcing new consultations that match them.
 *
 * <p>A signed-in person saves a search of the consultation list (keywords, category, procedure,
 * department, purchasing entity: the list's « Créer une alerte » link passes them in its query
 * string as {@code q}, {@code category}, {@code procedure}, {@code department}, {@code entity}) and
 * chooses immediate alerts (checked every minute) or a daily digest (at 7:00, Paris time). Each run
 * mails the consultations published since the previous one, found as the list finds them
 * ({@code consultation.ConsultationFinder}, approaching keywords), with links, and a one-click
 * unsubscribe (RFC 8058 headers, and a link in the mail). Runs are due by {@code next_run_at} and
 * taken with {@code for update skip locked}, so several instances never mail an alert twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert")
package fr.openmarches.alert;
