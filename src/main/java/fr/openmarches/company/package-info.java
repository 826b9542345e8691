/**
 * Company: the economic operators (opérateurs économiques) that answer consultations.
 *
 * <p>A {@link fr.openmarches.company.Company} is a legal unit of the SIRENE register (its
 * {@link fr.openmarches.platform.Siren}; foreign companies have none), with its establishments
 * ({@link fr.openmarches.platform.Siret}, one head office) and its members: people, by their
 * identity account, each a simple member or an administrator. The person who registers a company
 * is its first administrator; administrators promote other members.
 *
 * <p>Other modules go through {@link fr.openmarches.company.CompanyService}. Sign-up with the
 * INSEE API and the management screens build on this model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Company")
package fr.openmarches.company;
