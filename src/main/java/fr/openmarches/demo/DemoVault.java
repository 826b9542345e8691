package fr.openmarches.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import fr.openmarches.identity.AccountId;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;

/**
 * The vault (coffre-fort) of the Atelier Numérique du Berry: a document in every state a supplier
 * meets, around today — valid, expiring within 30 days, expired — to tick on a deposit page.
 */
final class DemoVault {

	private DemoVault() {
	}

	static void create(Vault vault, AccountId administrator, LocalDate today) {
		store(vault, administrator, DocumentType.KBIS, "Extrait Kbis", "extrait-kbis.pdf", today.minusDays(20),
				today.minusDays(20).plusMonths(3), "Greffe du tribunal de commerce de Bourges", """
						Atelier Numérique du Berry, SAS au capital de 50 000 euros
						SIREN 842 137 655 — RCS Bourges
						Siège : 12 rue Moyenne, 18000 Bourges
						Activité : programmation informatique (62.01Z)""");
		store(vault, administrator, DocumentType.URSSAF, "Attestation de vigilance", "attestation-urssaf.pdf",
				today.minusMonths(5).plusDays(20), today.plusDays(20), "URSSAF Centre-Val de Loire", """
						L'URSSAF Centre-Val de Loire atteste que l'entreprise est à jour de ses obligations
						de déclaration et de paiement des cotisations sociales.""");
		store(vault, administrator, DocumentType.INSURANCE, "Responsabilité civile professionnelle",
				"assurance-rc-pro.pdf", today.minusMonths(2), today.minusMonths(2).plusYears(1), "Mutuelle fictive des entreprises", """
						Contrat de responsabilité civile professionnelle n° RC-2026-0418
						Garantie : 2 000 000 euros par sinistre""");
		store(vault, administrator, DocumentType.TAX, "Attestation de régularité fiscale", "attestation-fiscale.pdf",
				today.minusYears(1), today.minusDays(10), "Direction générale des finances publiques", """
						La direction générale des finances publiques atteste que l'entreprise a souscrit
						ses déclarations fiscales et payé les impôts exigibles.""");
	}

	private static void store(Vault vault, AccountId administrator, DocumentType type, String title, String fileName,
			LocalDate issuedOn, LocalDate validUntil, String issuer, String text) {
		var pdf = new DemoPdf(title, "Atelier Numérique du Berry — SIREN 842 137 655", issuer,
				"%s-%s".formatted(type, issuedOn));
		pdf.paragraph(text);
		vault.create(administrator, type, title, new Vault.Upload(fileName, "application/pdf", issuedOn, validUntil,
				new ByteArrayInputStream(pdf.toBytes())));
	}
}
