package fr.openmarches.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every mail
 * @param retryInterval how often the outbox is searched for mails due for another attempt
 * @param devServer the in-process SMTP server used when no relay is configured
 */
@ConfigurationProperties("openmarches.mail")
record NotificationProperties(@DefaultValue("OpenMarchés <ne-pas-repondre@openmarches.localhost>") String from,
		@DefaultValue("PT5S") Duration retryInterval, @DefaultValue DevServer devServer) {

	/**
	 * @param port SMTP port of the in-process server on localhost; 0 picks a free port
	 */
	record DevServer(@DefaultValue("0") int port) {
	}
}
