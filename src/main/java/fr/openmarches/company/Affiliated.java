package fr.openmarches.company;

/**
 * Where a person now belongs.
 *
 * @param founded true when the person registered the company (and is its first administrator),
 * false when they joined it as a simple member
 */
public record Affiliated(CompanyId company, boolean founded) {
}
