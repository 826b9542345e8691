/**
 * Organisation: the public buyers.
 *
 * <p>Organisations (a ministry or an agency) have purchasing entities (entités d'achat: name,
 * SIRET, address, contact), which have services (here {@code Office}s). Buyer agents link a
 * person's identity account to an entity with {@link fr.openmarches.organisation.AgentRole}s
 * (entity administrator, buyer, commission member).
 *
 * <p>Other modules read through {@link fr.openmarches.organisation.EntityDirectory} and write
 * through {@link fr.openmarches.organisation.OrganisationService}; both return records. The public
 * directory lives at {@code /entites-achat}, its JSON at {@code /api/v1/purchasing-entities}.
 *
 * <p>An entity's page lists its open consultations without this module depending on the
 * consultation module: it asks an {@link fr.openmarches.organisation.OpenConsultationsOfEntity},
 * which the consultation module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package fr.openmarches.organisation;
