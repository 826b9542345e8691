/**
 * Alert: saved searches and the mails announcing new consultations that match them.
 *
 * <p>A signed-in person saves a search of the consultation list (keywords, category, procedure,
 * department, purchasing entity) and chooses immediate alerts (checked every minute) or a daily
 * digest (at 7:00, Paris time). Each run mails the consultations published since the previous
 * one, with links, and a one-click unsubscribe (RFC 8058 headers, and a link in the mail). Runs
 * are due by {@code next_run_at} and taken with {@code for update skip locked}, so several
 * instances never mail an alert twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert")
package fr.openmarches.alert;
