package fr.openmarches.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import fr.openmarches.company.Address;
import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.NewCompany;
import fr.openmarches.company.ProductDetails;
import fr.openmarches.company.Reference;
import fr.openmarches.company.Region;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * The companies of the demonstration, each with an administrator, a member and a fiche: a digital
 * SME of Bourges, an aerospace group with two product fiches, and a cleaning company. Names,
 * numbers and references are fictitious.
 */
final class DemoCompanies {

	private DemoCompanies() {
	}

	static void create(CompanyService companies, Map<DemoPeople.Person, AccountId> accounts) {
		var berry = companies.register(new NewCompany(new Siren("842137655"), "Atelier Numérique du Berry", "5710",
				"62.01Z", true, Address.inFrance("12 rue Moyenne", "18000", "Bourges")),
				accounts.get(DemoPeople.LEA_FONTAINE));
		companies.addEstablishment(berry, new Siret("84213765500010"), true,
				Address.inFrance("12 rue Moyenne", "18000", "Bourges"));
		companies.join(berry, accounts.get(DemoPeople.HUGO_PETIT));
		companies.describe(berry, new CompanyFiche("""
				Atelier Numérique du Berry conçoit et maintient des applications web pour les collectivités \
				et les établissements publics : démarches en ligne, portails, outils métiers.
				Nos réalisations respectent le référentiel général d’amélioration de l’accessibilité (RGAA) \
				et sont hébergées en France.""", "https://atelier-berry.example",
				List.of("72212000", "72413000", "72611000"),
				EnumSet.of(Region.CENTRE_VAL_DE_LOIRE, Region.ILE_DE_FRANCE),
				List.of(new Reference("Refonte du portail des démarches en ligne", "Ville de Bourges", 2025,
						"Conception, développement et audit d’accessibilité du portail citoyen."),
						new Reference("Application de réservation des salles", "Université d’Orléans", 2024, null)),
				List.of("ISO 9001"), true));

		var aero = companies.register(new NewCompany(new Siren("412873598"), "Aérodéfense Systèmes", "5599", "30.30Z",
				false, Address.inFrance("3 avenue de l'Europe", "78140", "Vélizy-Villacoublay")),
				accounts.get(DemoPeople.ANTOINE_MERCIER));
		companies.addEstablishment(aero, new Siret("41287359800012"), true,
				Address.inFrance("3 avenue de l'Europe", "78140", "Vélizy-Villacoublay"));
		companies.addEstablishment(aero, new Siret("41287359800020"), false,
				Address.inFrance("45 chemin de la Crabe", "31300", "Toulouse"));
		companies.join(aero, accounts.get(DemoPeople.JULIE_RENARD));
		companies.describe(aero, new CompanyFiche("""
				Aérodéfense Systèmes conçoit, produit et soutient des systèmes aériens sans pilote et des \
				radars de surveillance pour les forces armées et la sécurité civile.
				Bureau d’études à Vélizy-Villacoublay, intégration et essais à Toulouse.""",
				"https://aerodefense.example", List.of("35613000", "35722000", "50000000"),
				EnumSet.of(Region.ILE_DE_FRANCE, Region.OCCITANIE, Region.NOUVELLE_AQUITAINE),
				List.of(new Reference("Drones de reconnaissance pour l’entraînement des forces", "Direction générale de l’armement",
						2025, "Fourniture de 24 systèmes et maintien en condition opérationnelle pendant 4 ans."),
						new Reference("Radar de surveillance du littoral", "Centre national d’études spatiales", 2023,
								null)),
				List.of("EN 9100", "ISO 14001"), true));
		var drone = companies.addProduct(aero, new ProductDetails("Drone de reconnaissance tactique ADS-R3", """
				Drone à voilure fixe de 18 kg, lancé à la main ou par catapulte : 4 heures d’autonomie, \
				charge optronique jour et nuit, liaison de données chiffrée jusqu’à 40 km.""", "35613000"));
		companies.illustrate(aero, drone, picture(DemoCompanies::drawDrone));
		var radar = companies.addProduct(aero, new ProductDetails("Radar de surveillance côtière Vigie 200", """
				Radar en bande X à antenne fixe, pour la surveillance des approches maritimes et des \
				aérodromes : détection des petites embarcations jusqu’à 24 milles nautiques.""", "35722000"));
		companies.illustrate(aero, radar, picture(DemoCompanies::drawRadar));

		var proprete = companies.register(new NewCompany(new Siren("523689149"), "Propreté Services Île-de-France",
				"5710", "81.21Z", false, Address.inFrance("8 rue du Landy", "93200", "Saint-Denis")),
				accounts.get(DemoPeople.KARIM_BENALI));
		companies.addEstablishment(proprete, new Siret("52368914900012"), true,
				Address.inFrance("8 rue du Landy", "93200", "Saint-Denis"));
		companies.join(proprete, accounts.get(DemoPeople.EMMA_LEROY));
		companies.describe(proprete, new CompanyFiche("""
				Nettoyage de bureaux, de locaux administratifs et de sites sensibles, de jour comme de nuit. \
				Nos agents habilités interviennent sur les emprises militaires d’Île-de-France.""", null,
				List.of("90911200", "90919200"), EnumSet.of(Region.ILE_DE_FRANCE),
				List.of(new Reference("Nettoyage des locaux administratifs", "Secrétariat général pour l’administration",
						2024, null)),
				List.of(), true));
	}

	/** A PNG of 640 × 400 drawn with shapes only (no fonts: the server may have none). */
	private static ByteArrayInputStream picture(Consumer<java.awt.Graphics2D> drawing) {
		var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setPaint(new GradientPaint(0, 0, new Color(0xE3, 0xE3, 0xFD), 0, 400, new Color(0xF5, 0xF5, 0xFE)));
			graphics.fillRect(0, 0, 640, 400);
			drawing.accept(graphics);
		}
		finally {
			graphics.dispose();
		}
		var png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ByteArrayInputStream(png.toByteArray());
	}

	private static void drawDrone(java.awt.Graphics2D graphics) {
		graphics.setColor(new Color(0x00, 0x00, 0x91));
		graphics.fill(new Polygon(new int[] { 120, 520, 520, 120 }, new int[] { 190, 170, 205, 215 }, 4));
		graphics.fill(new Polygon(new int[] { 300, 360, 330, 270 }, new int[] { 195, 195, 330, 330 }, 4));
		graphics.fill(new Polygon(new int[] { 300, 360, 340, 290 }, new int[] { 195, 195, 70, 70 }, 4));
		graphics.fill(new Polygon(new int[] { 470, 520, 540, 500 }, new int[] { 190, 185, 130, 130 }, 4));
		graphics.setColor(new Color(0xE1, 0x00, 0x0F));
		graphics.fill(new Ellipse2D.Double(100, 188, 40, 28));
	}

	private static void drawRadar(java.awt.Graphics2D graphics) {
		graphics.setColor(new Color(0x00, 0x00, 0x91));
		graphics.fillRect(300, 230, 40, 140);
		graphics.fill(new Polygon(new int[] { 250, 390, 360, 280 }, new int[] { 370, 370, 340, 340 }, 4));
		graphics.fill(new Arc2D.Double(200, 90, 240, 200, 20, 140, Arc2D.CHORD));
		graphics.setColor(new Color(0xE1, 0x00, 0x0F));
		graphics.setStroke(new BasicStroke(6));
		for (int radius = 40; radius <= 120; radius += 40) {
			graphics.draw(new Arc2D.Double(470 - radius, 120 - radius, 2 * radius, 2 * radius, -30, 60, Arc2D.OPEN));
		}
	}
}
