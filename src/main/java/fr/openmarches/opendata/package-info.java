/**
 * Open data: the essential data of public contracts (DECP, données essentielles de la commande
 * publique), format v2.0.3 of the Ministry of the Economy.
 *
 * <p><b>Contract records.</b> {@link fr.openmarches.opendata.Contracts}: one record (« marché »)
 * per consultation lot (or per consultation without lots), once the deposit deadline has passed
 * (closed, opened or awarded; never for a test consultation or a concession, which the DECP publish
 * as « contrat-concession »). {@code Contracts.draft(consultation, lot, holders, amount, offers)}
 * makes the draft for the award module to call when a lot is awarded, and
 * {@code Contracts.notified(contract, date)} records the notification date; buyers of the
 * consultation's entity (as {@code consultation.BuyerConsultations} decides; anyone else: not found)
 * create, complete and publish records. A draft is prefilled from the consultation: object (title
 * and lot), CPV (the lot's or the main one), procedure, place of execution (department), nature
 * (defence or security or not), CCAG from the category, the buyer's SIRET from
 * {@code organisation.EntityDirectory}, and a DECP id: year, the buyer's sequence for the year, lot
 * ({@code 202600004203}, 12 characters, unique for the buyer, editable). The values of the
 * format's closed lists are {@link fr.openmarches.opendata.DecpCodes}.
 *
 * <p><b>Modifications.</b> {@code Contracts.modify} appends an avenant (new duration and/or amount,
 * notification date) to a published record, numbered in order and checked against the schema with the
 * whole « marché »; {@link fr.openmarches.opendata.ContractModification}, written once.
 *
 * <p><b>Publication.</b> {@code publish} checks the rules ({@code ContractRules}: holders with valid
 * SIRETs, amount of at least 1 €, duration, notification date not in the future, CPV in the
 * vocabulary, place code of its type, « sans objet » alone…) then the document against the official
 * JSON Schema ({@link fr.openmarches.opendata.DecpSchema}, networknt json-schema-validator,
 * draft-07; the schema and its licence in {@code src/main/resources/decp/}). Any problem: nothing is
 * published and the buyer reads the list, translated. Published, a record is fixed, dated
 * (datePublicationDonnees) and {@link fr.openmarches.opendata.ContractDataPublished} is registered.
 *
 * <p><b>Reading.</b> {@link fr.openmarches.opendata.PublishedContracts}: published records only,
 * filtered by buyer and year of notification; every file served is checked against the schema.
 *
 * <p>Pages: {@code /acheteur/consultations/{id}/contrats} (and {@code /{contract}}),
 * {@code /donnees-essentielles}, {@code /donnees-essentielles/{id}}, {@code /donnees-essentielles/decp.json}.
 * REST: {@code /api/v1/decp}, {@code /api/v1/decp/{id}}, {@code /api/v1/buyer/consultations/{id}/contracts/**}.
 * Mapping field by field: {@code docs/opendata.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data (DECP)")
package fr.openmarches.opendata;
