/**
 * Company: the economic operators (opérateurs économiques) that answer consultations, their
 * people, and how they present themselves.
 *
 * <h2>Model</h2>
 * A {@link fr.openmarches.company.Company} is a legal unit of the Sirene register (its
 * {@link fr.openmarches.platform.Siren}), or a company established abroad (its country and the
 * identifier of its own register), with its establishments ({@link fr.openmarches.platform.Siret},
 * one head office), its members and its fiche. Members are people, by their identity account, each
 * a simple member or an administrator, active or locked. <b>A company always keeps an active
 * administrator</b>: the aggregate refuses to demote, lock or remove the last one, or to let them
 * leave ({@link fr.openmarches.company.MembershipChangeRefusedException}), and
 * {@code LastAdministratorVeto} refuses the closure of their account
 * ({@link fr.openmarches.identity.AccountClosing}, in the closing transaction). Membership is
 * mirrored in the identity roles {@code SUPPLIER_MEMBER} / {@code SUPPLIER_ADMIN}; rights inside
 * the company are always read from the membership itself. Product fiches
 * ({@code Product}, their own aggregate) have a picture in the
 * {@link fr.openmarches.platform.BlobStore}, checked to be a PNG, JPEG or WebP by its bytes.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link fr.openmarches.company.CompanyService}: other modules (and the demo) register,
 * describe and read companies.</li>
 * <li>{@link fr.openmarches.company.CompanyLookup}: what INSEE's Sirene register says of a SIRET
 * or SIREN, as a {@link fr.openmarches.company.Prefill}; never throws — an unconfigured, slow,
 * refusing or failing register is {@code Unavailable} and people fill the form by hand
 * ({@code sirene} sub-package: the Sirene API 3.11 client).</li>
 * <li>{@link fr.openmarches.company.CompanyRegistration}: signing up, joining, moving to another
 * company, leaving. The first person to name a company founds it (administrator); later ones join
 * it as simple members, a new SIRET becoming an establishment; registrations of one number are
 * serialised by a PostgreSQL advisory lock, so a company is never created twice.</li>
 * <li>{@link fr.openmarches.company.CompanyAdministration} and
 * {@link fr.openmarches.company.CompanyShowcase}: what a signed-in person does in their own
 * company (administrators: collaborators, establishments, fiche, product fiches). Another
 * company's ids are {@link fr.openmarches.company.NotInCompanyException}, a simple member asking an
 * administrator's action {@link fr.openmarches.company.AdministratorsOnlyException}.</li>
 * <li>{@link fr.openmarches.company.CompanyDirectory}: the public directory of economic operators
 * (listed companies; search by name, CPV code — a code finds the companies working on codes below
 * it, through the stored scope of their activities —, region, SME flag; counts per filter).</li>
 * </ul>
 * Events: {@link fr.openmarches.company.CompanyRegistered}, {@link fr.openmarches.company.MemberJoined}
 * (the administrators get a mail, {@code NewMemberNotice}), {@link fr.openmarches.company.MemberPromoted},
 * {@link fr.openmarches.company.MemberDemoted}, {@link fr.openmarches.company.MemberLocked},
 * {@link fr.openmarches.company.MemberUnlocked}, {@link fr.openmarches.company.MemberRemoved},
 * {@link fr.openmarches.company.MemberLeft}, {@link fr.openmarches.company.EstablishmentAdded}.
 *
 * <h2>Web</h2>
 * Sign-up {@code /inscription} (then {@code /inscription/entreprise?number=…}: the form, prefilled
 * from Sirene), joining a company once signed in {@code /mon-espace/entreprise}, the company space
 * {@code /entreprise} (establishments, fiche, product fiches, collaborators for administrators,
 * {@code /entreprise/changer}, {@code /entreprise/quitter}), the directory
 * {@code /annuaire/entreprises}. REST: {@code /api/v1/company-lookup}, {@code /api/v1/companies},
 * {@code /api/v1/my-company/**}.
 *
 * <h2>Settings</h2>
 * {@code openmarches.company.*} ({@link fr.openmarches.company.CompanyProperties}):
 * {@code page-size}, {@code product-image-max-size} (2MB), {@code max-products} (50);
 * {@code openmarches.sirene.*}: {@code base-url}, {@code api-key}, {@code timeout}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Company")
package fr.openmarches.company;
