/**
 * DUME (Document unique de marché européen, the ESPD): what a buyer asks companies to declare
 * for a consultation, and what a company declares, in the ESPD-EDM 4.1.0 exchange format.
 *
 * <p><b>Criteria.</b> {@link fr.openmarches.dume.CriterionCatalogue} reads the official files
 * shipped in {@code src/main/resources/espd/edm-4.1.0/} (EUPL 1.2, see its README): the structure
 * of each of the 62 criteria from {@code ESPD-criterion.xml}, their French names from the code list
 * {@code Criterion.gc}, exclusion grounds and selection criteria from {@code criterionList.xml}.
 * Each {@link fr.openmarches.dume.EspdCriterion} tells the requirements a buyer may give a value
 * (amounts, numbers, texts) and the questions a company answers here: its first yes/no question,
 * its first amount, its first free text, and the follow-up questions the yes/no answer calls for.
 * A request names the procedure ({@code ProcedureCode}) and the purchasing entity's SIRET
 * ({@code organisation.EntityDirectory}).
 *
 * <p><b>Request.</b> {@link fr.openmarches.dume.EspdRequests}: the buyers of the consultation's
 * entity (as {@code consultation.BuyerConsultations} decides; anyone else: not found) set it while
 * the consultation is a draft or published. The mandatory exclusion grounds (convictions, taxes
 * and social contributions) are always in; the other exclusion grounds are in by default; selection
 * and other criteria are chosen from the list, with their values. Until set, a consultation's
 * request is every exclusion ground. The request of a published consultation is public, as part of
 * its DCE.
 *
 * <p><b>Response.</b> {@link fr.openmarches.dume.EspdResponses}: one per company and consultation,
 * read and written by the company's members only (anyone else: not found), prefilled from the
 * company record ({@code company.CompanyService}: head office SIRET, name, address, SME, legal
 * form) until saved, written while the consultation is published. « Reprendre mon dernier DUME »
 * copies the answers of the company's latest other response for the criteria asked the same way
 * (same criterion, same requirement values: each answer keeps a digest of what it answered).
 *
 * <p><b>Documents.</b> Requests (UBL {@code QualificationApplicationRequest} 2.3) and responses
 * ({@code QualificationApplicationResponse}) are written with each criterion copied from the
 * official structure and checked against the XSDs before they leave; an imported response is
 * parsed with DOCTYPEs refused (no entity is ever expanded), validated against the XSD, and its
 * answers matched to the request's criteria by the questions' property ids. The response also
 * renders as a PDF (PDFBox, DejaVu fonts). A saved response exports the same bytes until saved
 * again (issued as of its saving), so that {@link fr.openmarches.dume.EspdResponses#depositCopy}
 * lets the deposit check a sealed copy put in the candidature envelope
 * ({@link fr.openmarches.dume.DepositCopy}). The ESPD-EDM business rules (the release's schematron,
 * compiled to XSLT 2.0) run in the build on the documents written (test {@code EspdBusinessRules},
 * Saxon-HE in test scope). A yes/no answer carries the follow-up answers it calls for
 * ({@link fr.openmarches.dume.EspdCriterion#due}: the official {@code ONTRUE}/{@code ONFALSE} groups),
 * all required, the others dropped; every kind the 62 criteria ask is taken, among them a group
 * member's role ({@code eo-group}: {@code group-lead} or {@code group-mem}, written as the
 * operator's role too, with the group's name) and documents named as evidence
 * ({@link fr.openmarches.dume.EspdResponse.Evidence}: URL, reference, issuer, description, written as
 * {@code cac:Evidence}). See {@code docs/dume.md}.
 *
 * <p>Pages: {@code /acheteur/consultations/{id}/dume}; {@code /mon-espace/dume} and
 * {@code /mon-espace/dume/{consultation}}. REST: {@code /api/v1/buyer/consultations/{id}/espd-request}
 * (and {@code .xml}), {@code /api/v1/consultations/{id}/espd-request.xml},
 * {@code /api/v1/espd-criteria}, {@code /api/v1/my-company/espd-responses/**}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "DUME (ESPD)")
package fr.openmarches.dume;
