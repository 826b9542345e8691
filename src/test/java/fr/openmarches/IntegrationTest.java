package fr.openmarches;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.openmarches.opening.OpeningFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with the embedded PostgreSQL, the in-process SMTP
 * server, the external timestamp authority of {@link LocalServices#tsa()}, a {@link MutableClock} and the {@link OpeningFixtures} (opening keys made in Java). Every class carrying this annotation shares one Spring
 * context (so one database and one server per test run): keep its configuration identical.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ IntegrationTest.TestClock.class, OpeningFixtures.class })
public @interface IntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestClock {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

		/** The suite's external timestamp authority relays to the platform's own, once it listens. */
		@Bean
		ApplicationListener<WebServerInitializedEvent> timestampAuthorityRelay() {
			return event -> LocalServices.tsa().relayTo(event.getWebServer().getPort());
		}
	}

}
