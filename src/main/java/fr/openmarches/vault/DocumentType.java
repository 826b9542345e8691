package fr.openmarches.vault;

/** The kinds of administrative documents a company keeps (labels: {@code vault.type.*}). */
public enum DocumentType {
	KBIS, URSSAF, TAX, INSURANCE, FINANCIAL_STATEMENTS, REFERENCES, CERTIFICATION, OTHER
}
