package fr.openmarches.company.sirene;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Sirene API 3.11 JSON records. Withheld fields come as {@code [ND]} ("non
 * diffusible") and are read as absent.
 */
final class SireneRecords {

	private static final String WITHHELD = "[ND]";

	/** INSEE's street type abbreviations, written out for the address shown to people. */
	private static final Map<String, String> STREET_TYPES = Map.ofEntries(Map.entry("AV", "AVENUE"),
			Map.entry("BD", "BOULEVARD"), Map.entry("PL", "PLACE"), Map.entry("CHE", "CHEMIN"),
			Map.entry("IMP", "IMPASSE"), Map.entry("ALL", "ALLEE"), Map.entry("QUA", "QUAI"), Map.entry("RTE", "ROUTE"),
			Map.entry("SQ", "SQUARE"), Map.entry("CRS", "COURS"), Map.entry("FG", "FAUBOURG"), Map.entry("PAS", "PASSAGE"),
			Map.entry("RPT", "ROND-POINT"), Map.entry("LD", "LIEU-DIT"), Map.entry("HAM", "HAMEAU"),
			Map.entry("PRO", "PROMENADE"), Map.entry("VOI", "VOIE"), Map.entry("SEN", "SENTIER"));

	private SireneRecords() {
	}

	/** An {@code etablissement} record, with its {@code uniteLegale}. */
	static Optional<CompanyFacts> establishment(JsonNode establishment) {
		var siret = siret(text(establishment, "siret"));
		if (siret.isEmpty()) {
			return Optional.empty();
		}
		var unit = establishment.path("uniteLegale");
		var address = establishment.path("adresseEtablissement");
		boolean partial = "P".equals(text(unit, "statutDiffusionUniteLegale"))
				|| "P".equals(text(establishment, "statutDiffusionEtablissement"));
		var category = text(unit, "categorieEntreprise");
		return Optional.of(new CompanyFacts(siret.get().siren(), siret.get(),
				establishment.path("etablissementSiege").asBoolean(false), nameOf(unit),
				text(unit, "activitePrincipaleUniteLegale"), text(unit, "categorieJuridiqueUniteLegale"),
				addressOf(address), smeOf(category), category, partial,
				!"C".equals(text(unit, "etatAdministratifUniteLegale"))));
	}

	/** A {@code uniteLegale} record (SIREN lookup): the company, its head office SIRET, no address. */
	static Optional<CompanyFacts> headOfficeSiret(JsonNode unit) {
		var period = currentPeriod(unit);
		var siren = text(unit, "siren");
		var nic = text(period, "nicSiegeUniteLegale");
		if (siren == null || nic == null) {
			return Optional.empty();
		}
		var siret = siret(siren + nic);
		if (siret.isEmpty()) {
			return Optional.empty();
		}
		var category = text(unit, "categorieEntreprise");
		return Optional.of(new CompanyFacts(siret.get().siren(), siret.get(), true, nameOf(period, unit),
				text(period, "activitePrincipaleUniteLegale"), text(period, "categorieJuridiqueUniteLegale"), null,
				smeOf(category), category, "P".equals(text(unit, "statutDiffusionUniteLegale")),
				!"C".equals(text(period, "etatAdministratifUniteLegale"))));
	}

	private static JsonNode currentPeriod(JsonNode unit) {
		for (var period : unit.path("periodesUniteLegale")) {
			if (period.path("dateFin").isNull() || period.path("dateFin").isMissingNode()) {
				return period;
			}
		}
		return unit.path("periodesUniteLegale").path(0);
	}

	private static String nameOf(JsonNode... sources) {
		for (var source : sources) {
			var denomination = text(source, "denominationUniteLegale");
			if (denomination != null) {
				return denomination;
			}
		}
		for (var source : sources) {
			var family = firstText(source, "nomUsageUniteLegale", "nomUniteLegale");
			if (family != null) {
				var given = firstText(source, "prenomUsuelUniteLegale", "prenom1UniteLegale");
				return given == null ? family : given + " " + family;
			}
		}
		return null;
	}

	private static CompanyFacts.Address addressOf(JsonNode address) {
		if (address.isMissingNode()) {
			return null;
		}
		var parts = new ArrayList<String>();
		for (var field : new String[] { "numeroVoieEtablissement", "indiceRepetitionEtablissement",
				"typeVoieEtablissement", "libelleVoieEtablissement" }) {
			var value = text(address, field);
			if (value != null) {
				parts.add(field.startsWith("typeVoie") ? STREET_TYPES.getOrDefault(value, value) : value);
			}
		}
		var city = firstText(address, "libelleCommuneEtablissement", "libelleCommuneEtrangerEtablissement");
		return new CompanyFacts.Address(parts.isEmpty() ? null : String.join(" ", parts),
				text(address, "complementAdresseEtablissement"), text(address, "codePostalEtablissement"), city,
				text(address, "libellePaysEtrangerEtablissement"));
	}

	private static Boolean smeOf(String category) {
		if (category == null) {
			return null;
		}
		return switch (category) {
			case "PME" -> true;
			case "ETI", "GE" -> false;
			default -> null;
		};
	}

	private static Optional<Siret> siret(String value) {
		try {
			return value == null ? Optional.empty() : Optional.of(new Siret(value));
		}
		catch (InvalidIdentifierException e) {
			return Optional.empty();
		}
	}

	private static String firstText(JsonNode node, String... fields) {
		for (var field : fields) {
			var value = text(node, field);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static String text(JsonNode node, String field) {
		var value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		var text = value.asString().strip();
		return text.isEmpty() || WITHHELD.equals(text) ? null : text;
	}

}
