package fr.openmarches.identity;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

import jakarta.servlet.DispatcherType;

/**
 * The web application's security rules. Every form carries a CSRF token; sessions live in
 * PostgreSQL (Spring Session) and their id changes at sign-in (fixation protection); pages send
 * a strict Content-Security-Policy, since the only scripts are our own files. Sign-in checks the
 * password behind a throttle, then asks for a two-factor code when the person turned it on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages and resources anyone may read, signed in or not. */
	static final String[] PUBLIC_PAGES = { "/", "/consultations", "/consultations/**", "/entites-achat",
			"/entites-achat/**", "/connexion", "/connexion/**", "/mot-de-passe/**", "/inscription/**", "/aide",
			"/aide/**", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/annuaire/**",
			"/s-entrainer", "/s-entrainer/**", "/verification-poste", "/transparence", "/donnees-essentielles", "/donnees-essentielles/**", "/verifier", "/cpv/**", "/alertes/**", "/dev/mailbox", "/dev/mailbox/**", "/error" };

	static final String[] PUBLIC_RESOURCES = { "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico" };

	static final String[] PUBLIC_API = { "/api/docs", "/api/docs/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/api/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus" };

	/** Deposit uploads, the company vault, its DUME responses: for company members only, never public, even to read. */
	static final String[] SUPPLIER_API = { "/api/v1/uploads", "/api/v1/uploads/**", "/api/v1/consultations/*/deposits",
			"/api/v1/my-company/vault", "/api/v1/my-company/vault/**", "/api/v1/my-company/espd-responses",
			"/api/v1/my-company/espd-responses/**" };

	/** Pages for company members only, under otherwise public addresses: the deposit page. */
	static final String[] SUPPLIER_PAGES = { "/consultations/*/depot", "/mon-espace/coffre-fort",
			"/mon-espace/coffre-fort/**", "/mon-espace/dume", "/mon-espace/dume/**" };

	/** What the API says of the signed-in person only: never public, even to read. */
	static final String[] PERSONAL_API = { "/api/v1/me/**" };

	/**
	 * API writes open to anyone and taking no identity from the session (the body says who), so
	 * exempt from CSRF: recording a download of a DCE; asking the built-in timestamp authority
	 * for a token (RFC 3161 over HTTP); verifying a deposit receipt against the evidence log.
	 */
	static final String[] PUBLIC_API_WRITES = { "/api/v1/consultations/*/downloads", "/tsa",
			"/api/v1/workstation/upload-test", "/api/v1/evidence/verification" };

	/**
	 * Forms whose authority is a secret in their link, not the session, so exempt from CSRF: the
	 * one-click unsubscribe of alert mails, posted by mail clients (RFC 8058).
	 */
	static final String[] TOKEN_FORMS = { "/alertes/desabonnement" };

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain web(HttpSecurity http, AuthenticationFailureHandler failures,
			SecurityContextRepository contexts, PersonalTokens tokens, MessageSource messages) throws Exception {
		http.addFilterBefore(new BearerTokenFilter(tokens, messages), CsrfFilter.class)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers(PUBLIC_RESOURCES).permitAll()
				.requestMatchers(PUBLIC_API).permitAll()
				.requestMatchers(PERSONAL_API).authenticated()
				.requestMatchers(SUPPLIER_API).hasAnyRole(Role.SUPPLIER_MEMBER.name(), Role.SUPPLIER_ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
				.requestMatchers(HttpMethod.POST, PUBLIC_API_WRITES).permitAll()
				.requestMatchers(SUPPLIER_PAGES).hasAnyRole(Role.SUPPLIER_MEMBER.name(), Role.SUPPLIER_ADMIN.name())
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/acheteur/**").hasAnyRole(Role.BUYER_AGENT.name(), Role.ENTITY_ADMIN.name(),
						Role.COMMISSION_MEMBER.name())
				.requestMatchers("/entreprise/**").hasAnyRole(Role.SUPPLIER_MEMBER.name(), Role.SUPPLIER_ADMIN.name())
				.requestMatchers("/admin/**").hasRole(Role.PLATFORM_ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/connexion")
				.loginProcessingUrl("/connexion")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(failures)
				.permitAll())
			// a script calling the API without a session gets 401; anyone else goes to the sign-in page
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
					new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion"),
							new RequestMatcherEntry<>(PathPatternRequestMatcher.pathPattern("/api/**"),
									new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))))
			.csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_API_WRITES)
				.ignoringRequestMatchers(TOKEN_FORMS)
				.ignoringRequestMatchers(BearerTokenFilter.BEARER_API))
			.securityContext(context -> context.securityContextRepository(contexts))
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnexion").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Checks the password first, then whether the account is locked: the lock and its reason are
	 * told only to someone who knows the password. Then, if the person turned on two-factor
	 * sign-in, no authentication is made yet ({@link SecondFactorRequiredException}). All of it
	 * behind the throttle, which refuses while the email or network address is blocked.
	 */
	@Bean
	AuthenticationProvider accountAuthentication(SignInAccounts accounts, PasswordEncoder passwords,
			SignInThrottle throttle, TwoFactorAuthentication twoFactor) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (user instanceof SignedInUser person) {
				if (person.lockedReason() != null) {
					throw new LockedException(person.lockedReason());
				}
				twoFactor.demandCodeIfOn(person);
			}
		});
		provider.afterPropertiesSet();
		return new ThrottledAuthenticationProvider(provider, throttle);
	}

	/**
	 * Where the signed-in person is kept between requests (the session); shared with the two-factor
	 * step, which completes sign-in itself.
	 */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/** Argon2id for new hashes; bcrypt hashes (imported accounts) still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = "argon2";
		var encoder = new DelegatingPasswordEncoder(argon2,
				Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new BCryptPasswordEncoder()));
		return encoder;
	}
}
