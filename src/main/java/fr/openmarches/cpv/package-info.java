/**
 * CPV: the Common Procurement Vocabulary (CPV 2008), the EU's codes for what is bought.
 *
 * <p>The full list (9,454 codes with their parents, labels in French and English) is read from
 * the eForms SDK published by the EU Publications Office ({@code eforms-sdk/codelists/cpv.gc}),
 * once, on first use. {@link fr.openmarches.cpv.CpvCatalogue} finds a code, its ancestors, and
 * searches labels ignoring case and accents; the web part serves the picker used by forms
 * ({@code /cpv/options}) and the REST endpoints {@code /api/v1/cpv}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CPV vocabulary")
package fr.openmarches.cpv;
