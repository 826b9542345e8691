/**
 * Organisation: the public buyers.
 *
 * <p>Organisations (a ministry or an agency) have purchasing entities (entités d'achat: name,
 * SIRET, address, department, contact), which have services (here {@code Office}s) and agents. A
 * buyer agent links a person's identity account (by id) to an entity with
 * {@link fr.openmarches.organisation.AgentRole}s (entity administrator, buyer, commission member);
 * the appointment is invited, active or deactivated ({@link fr.openmarches.organisation.AgentStatus}).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>The {@code PurchasingEntity} aggregate holds its services and agents and guards one
 * transition per method ({@code appoint}, {@code changeRoles}, {@code deactivate},
 * {@code reactivate}), throwing {@link fr.openmarches.organisation.AgentChangeRefusedException}
 * (with a translated reason) on an illegal one. An entity that has an active administrator keeps
 * one: the last cannot be deactivated nor lose that role. A new entity has none until the platform
 * appoints the first. Changes to an entity's agents take a row lock on the entity, so two
 * administrators cannot remove each other at once.</li>
 * <li>A person's identity roles {@code BUYER_AGENT}, {@code COMMISSION_MEMBER} and
 * {@code ENTITY_ADMIN} always equal the union of the roles of their active appointments
 * ({@link fr.openmarches.organisation.AgentRole#signInRolesOf}), recomputed under a lock on all
 * their appointments after every change. A person left without any active appointment has their
 * account locked (the sign-in page tells them why); reactivating or appointing them unlocks it.
 * Someone deactivated before they chose a password is active once unlocked: the reactivation
 * mail tells them to choose one on the forgotten-password page (identity keeps no trace of an
 * invitation once the account was locked).</li>
 * <li>Inviting someone without an account opens one through
 * {@link fr.openmarches.identity.AccountService#invite} (a mail with a 7-day link to choose a
 * password); someone with an account is appointed at once and told by mail
 * ({@code mail/organisation/appointed}), or invited again if they have not joined yet;
 * deactivation and reactivation are told by mail too.</li>
 * <li>Closing an account ({@link fr.openmarches.identity.AccountClosing}, heard in the closing
 * transaction) removes the person's appointments, and is refused with
 * {@link fr.openmarches.identity.AccountClosureRefusedException} for the last active administrator
 * of an entity.</li>
 * </ul>
 *
 * <h2>API for other modules and the web layer</h2>
 * <ul>
 * <li>{@link fr.openmarches.organisation.EntityDirectory}: the public directory (search by words of
 * the name, acronym, town, organisation or department, regardless of case and accents; by
 * organisation; by department).</li>
 * <li>{@link fr.openmarches.organisation.OrganisationService}: creating and correcting
 * organisations, entities and services, appointing agents and an entity's administrator
 * (platform administrators, demo data); {@code appointmentsOf(account)} gives a person's active
 * appointments, which other modules use to know whom a buyer acts for.</li>
 * <li>{@link fr.openmarches.organisation.OrganisationRegister}: the platform administrators'
 * searchable, paged lists (a ministry may have hundreds of entities), with each entity's staffing.</li>
 * <li>{@link fr.openmarches.organisation.EntityAdministration}: what an entity's administrators do;
 * every call names the person acting and is checked here: someone else's entity is
 * {@link fr.openmarches.organisation.UnknownIdException} (404), a plain agent gets
 * {@link fr.openmarches.organisation.AdministratorsOnlyException} (403).</li>
 * <li>{@link fr.openmarches.organisation.PortalService}: portals, named views of the platform (a
 * code such as {@code achats-defense}, a name, the organisations whose consultations it shows);
 * {@code organisationsOf(code)} is what the consultation search filters by.</li>
 * <li>Events: {@link fr.openmarches.organisation.PurchasingEntityCreated},
 * {@link fr.openmarches.organisation.BuyerAgentAppointed},
 * {@link fr.openmarches.organisation.BuyerAgentRolesChanged},
 * {@link fr.openmarches.organisation.BuyerAgentDeactivated},
 * {@link fr.openmarches.organisation.BuyerAgentReactivated}.</li>
 * </ul>
 *
 * <h2>Pages and API</h2>
 * <ul>
 * <li>Public: {@code /entites-achat} and {@code /entites-achat/{id}} (contact details, services,
 * open consultations); JSON at {@code /api/v1/purchasing-entities}.</li>
 * <li>Platform administrators: {@code /admin/organisations/**} and {@code /admin/portails/**}; JSON
 * at {@code /api/v1/admin/organisations/**} and {@code /api/v1/admin/portals/{code}}; the portals
 * are public at {@code /api/v1/portals}.</li>
 * <li>Buyer space: {@code /acheteur} (the person's entities and roles, links to
 * {@code /acheteur/consultations}, which the consultation module serves); entity administration at
 * {@code /acheteur/entites/{id}} (contact details, services) and {@code /acheteur/entites/{id}/agents/**};
 * JSON at {@code /api/v1/buyer/entities/**}.</li>
 * </ul>
 *
 * <p>An entity's page lists its open consultations without this module depending on the
 * consultation module: it asks an {@link fr.openmarches.organisation.OpenConsultationsOfEntity},
 * which the consultation module provides.
 *
 * <p>Settings: {@code openmarches.organisation.page-size} (entities per page of the directory and
 * the administrators' lists, 20 by default).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package fr.openmarches.organisation;
