/**
 * Identity: who is signed in and what they may do.
 *
 * <p>Accounts (email, Argon2 password hash, roles), sign-in and sign-out, the security rules of
 * the web application (CSRF on every form, secure headers, sessions in PostgreSQL whose id
 * changes at sign-in). Other modules create accounts and grant roles through
 * {@link fr.openmarches.identity.AccountService}; the signed-in person is a
 * {@link fr.openmarches.identity.SignedInUser}.
 *
 * <h2>Sign-in</h2>
 * {@code SecurityConfiguration} checks the password with a {@code DaoAuthenticationProvider}
 * wrapped in {@code ThrottledAuthenticationProvider}:
 * <ul>
 * <li><b>Throttling</b> ({@code SignInThrottle}, table {@code identity.sign_in_throttle}, keyed by
 * hashes): 5 wrong passwords for one email address within 15 minutes block it for 15 minutes,
 * right password or not; each repeated block doubles, up to 4 hours. Unknown email addresses are
 * treated alike, so a block tells nothing about which accounts exist. 50 failures from one
 * network address (IPv6: its /64) block that address. A right password clears the email's
 * count, not the address's. The page says until when, in Paris time
 * ({@link fr.openmarches.identity.SignInThrottledException}).</li>
 * <li><b>Two-factor sign-in</b> ({@link fr.openmarches.identity.TwoFactorAuthentication}, TOTP of
 * RFC 6238): offered to buyer-side roles on {@code /mon-espace/securite}. The secret is sealed
 * with AES-256-GCM ({@code SecretBox}) in {@code identity.authenticator}. After a right password
 * the person is <em>not</em> authenticated ({@link fr.openmarches.identity.SecondFactorRequiredException}):
 * {@code /connexion/code} signs them in once the code is right, with a new session id. A code is
 * accepted once; 5 wrong codes block codes for 15 minutes.</li>
 * </ul>
 *
 * <h2>Passwords</h2>
 * {@link fr.openmarches.identity.PasswordReset}: {@code /mot-de-passe/oubli} always answers the
 * same; the mail links to {@code /mot-de-passe/nouveau?jeton=…} (32 random bytes, only the SHA-256
 * kept in {@code identity.password_reset_link}, valid one hour, once; 3 links per account and
 * hour). A new password ends every session of the person (Spring Session), clears their
 * throttle and is confirmed by mail. {@link fr.openmarches.identity.PasswordChange}: the form on
 * {@code /mon-espace}, with the current password (wrong ones count as failed sign-ins).
 *
 * <h2>API tokens</h2>
 * {@link fr.openmarches.identity.PersonalTokens}: personal tokens made on {@code /mon-espace/jetons}
 * or {@code POST /api/v1/me/tokens} (session only), secret {@code om_…} shown once, only its SHA-256
 * kept in {@code identity.api_token}, optional last day, last use noted to the minute, revocable.
 * {@code BearerTokenFilter} authenticates {@code /api/v1/**} requests bearing one as its owner
 * ({@link fr.openmarches.identity.ApiTokenAuthentication}, no session, no CSRF); a bad token ends the
 * request with 401 and a problem naming the reason.
 *
 * <h2>Accounts other modules manage</h2>
 * {@link fr.openmarches.identity.AccountService}: {@code invite} opens an account for someone
 * else (an entity administrator inviting an agent): it stays {@code INVITED}, unable to sign in,
 * until its owner chooses a password through the mailed link (valid 7 days; {@code reinvite}
 * replaces it). {@code lock} refuses sign-in with a reason told to the person and ends their
 * sessions. {@code close} deletes the account after publishing
 * {@link fr.openmarches.identity.AccountClosing} in the same transaction: a module that must keep
 * the person (the last administrator of a company) refuses with
 * {@link fr.openmarches.identity.AccountClosureRefusedException}.
 *
 * <h2>Settings</h2>
 * {@code openmarches.identity.*} ({@code IdentityProperties}): {@code totp-encryption-key} (base64
 * of 32 bytes, the same on every instance; when unset a key is generated into
 * {@code secret-key-file}, {@code data/identity-secret.key} by default, with a warning),
 * {@code throttle.*}, {@code password-reset.*} (including {@code invitation-validity}),
 * {@code second-factor.time-to-type}.
 *
 * <p>URL conventions enforced here: {@code /acheteur/**} buyer side, {@code /entreprise/**}
 * supplier side, {@code /admin/**} platform administrators, {@code /mon-espace/**} any signed-in
 * person; the public pages are listed in {@code SecurityConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fr.openmarches.identity;
