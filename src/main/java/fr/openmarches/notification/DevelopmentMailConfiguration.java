package fr.openmarches.notification;

import java.nio.charset.StandardCharsets;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP relay configured, mail goes to an in-process SMTP server: real SMTP, nothing leaves
 * the machine, and {@code /dev/mailbox} shows what was sent. Setting {@code spring.mail.host}
 * turns all of this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DevelopmentMailConfiguration {

	@Bean(destroyMethod = "stop")
	DevelopmentMailbox developmentMailbox(NotificationProperties properties) {
		var mailbox = new DevelopmentMailbox(properties.devServer().port());
		LoggerFactory.getLogger(DevelopmentMailConfiguration.class)
			.info("No SMTP relay configured: mail is captured on localhost:{} and shown on /dev/mailbox", mailbox.port());
		return mailbox;
	}

	@Bean
	JavaMailSenderImpl mailSender(DevelopmentMailbox mailbox) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(mailbox.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
		return sender;
	}
}
