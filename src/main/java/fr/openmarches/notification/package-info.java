/**
 * Notification: every mail the platform sends.
 *
 * <p>Modules hand a mail to {@link fr.openmarches.notification.Mailer} inside their own
 * transaction; it is written to an outbox table and sent after commit, retried with back-off
 * while the SMTP server refuses it, and never dropped. Mail bodies are Thymeleaf templates under
 * {@code templates/mail/<module>/}, rendered in the recipient's language.
 *
 * <p>When no SMTP relay is configured ({@code spring.mail.host} unset), an in-process SMTP
 * server (GreenMail) receives every mail and {@code /dev/mailbox} shows them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package fr.openmarches.notification;
