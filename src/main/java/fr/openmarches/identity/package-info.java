/**
 * Identity: who is signed in and what they may do.
 *
 * <p>Accounts (email, Argon2 password hash, roles), sign-in and sign-out, the security rules of
 * the web application (CSRF on every form, secure headers, sessions in PostgreSQL). Other modules
 * create accounts and grant roles through {@link fr.openmarches.identity.AccountService}; the
 * signed-in person is a {@link fr.openmarches.identity.SignedInUser}.
 *
 * <p>URL conventions enforced here: {@code /acheteur/**} buyer side, {@code /entreprise/**}
 * supplier side, {@code /admin/**} platform administrators, {@code /mon-espace/**} any signed-in
 * person; the public pages are listed in {@code SecurityConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fr.openmarches.identity;
