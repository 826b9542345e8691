package fr.openmarches.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A French department (département), where a purchasing entity sits or where a contract is
 * performed. Codes and names are those of the official geographic code (COG); names are proper
 * nouns, the same in every language.
 */
public record Department(String code, String name) {

	private static final Map<String, Department> ALL = Map.ofEntries(
			entry("01", "Ain"),
			entry("02", "Aisne"),
			entry("03", "Allier"),
			entry("04", "Alpes-de-Haute-Provence"),
			entry("05", "Hautes-Alpes"),
			entry("06", "Alpes-Maritimes"),
			entry("07", "Ardèche"),
			entry("08", "Ardennes"),
			entry("09", "Ariège"),
			entry("10", "Aube"),
			entry("11", "Aude"),
			entry("12", "Aveyron"),
			entry("13", "Bouches-du-Rhône"),
			entry("14", "Calvados"),
			entry("15", "Cantal"),
			entry("16", "Charente"),
			entry("17", "Charente-Maritime"),
			entry("18", "Cher"),
			entry("19", "Corrèze"),
			entry("2A", "Corse-du-Sud"),
			entry("2B", "Haute-Corse"),
			entry("21", "Côte-d'Or"),
			entry("22", "Côtes-d'Armor"),
			entry("23", "Creuse"),
			entry("24", "Dordogne"),
			entry("25", "Doubs"),
			entry("26", "Drôme"),
			entry("27", "Eure"),
			entry("28", "Eure-et-Loir"),
			entry("29", "Finistère"),
			entry("30", "Gard"),
			entry("31", "Haute-Garonne"),
			entry("32", "Gers"),
			entry("33", "Gironde"),
			entry("34", "Hérault"),
			entry("35", "Ille-et-Vilaine"),
			entry("36", "Indre"),
			entry("37", "Indre-et-Loire"),
			entry("38", "Isère"),
			entry("39", "Jura"),
			entry("40", "Landes"),
			entry("41", "Loir-et-Cher"),
			entry("42", "Loire"),
			entry("43", "Haute-Loire"),
			entry("44", "Loire-Atlantique"),
			entry("45", "Loiret"),
			entry("46", "Lot"),
			entry("47", "Lot-et-Garonne"),
			entry("48", "Lozère"),
			entry("49", "Maine-et-Loire"),
			entry("50", "Manche"),
			entry("51", "Marne"),
			entry("52", "Haute-Marne"),
			entry("53", "Mayenne"),
			entry("54", "Meurthe-et-Moselle"),
			entry("55", "Meuse"),
			entry("56", "Morbihan"),
			entry("57", "Moselle"),
			entry("58", "Nièvre"),
			entry("59", "Nord"),
			entry("60", "Oise"),
			entry("61", "Orne"),
			entry("62", "Pas-de-Calais"),
			entry("63", "Puy-de-Dôme"),
			entry("64", "Pyrénées-Atlantiques"),
			entry("65", "Hautes-Pyrénées"),
			entry("66", "Pyrénées-Orientales"),
			entry("67", "Bas-Rhin"),
			entry("68", "Haut-Rhin"),
			entry("69", "Rhône"),
			entry("70", "Haute-Saône"),
			entry("71", "Saône-et-Loire"),
			entry("72", "Sarthe"),
			entry("73", "Savoie"),
			entry("74", "Haute-Savoie"),
			entry("75", "Paris"),
			entry("76", "Seine-Maritime"),
			entry("77", "Seine-et-Marne"),
			entry("78", "Yvelines"),
			entry("79", "Deux-Sèvres"),
			entry("80", "Somme"),
			entry("81", "Tarn"),
			entry("82", "Tarn-et-Garonne"),
			entry("83", "Var"),
			entry("84", "Vaucluse"),
			entry("85", "Vendée"),
			entry("86", "Vienne"),
			entry("87", "Haute-Vienne"),
			entry("88", "Vosges"),
			entry("89", "Yonne"),
			entry("90", "Territoire de Belfort"),
			entry("91", "Essonne"),
			entry("92", "Hauts-de-Seine"),
			entry("93", "Seine-Saint-Denis"),
			entry("94", "Val-de-Marne"),
			entry("95", "Val-d'Oise"),
			entry("971", "Guadeloupe"),
			entry("972", "Martinique"),
			entry("973", "Guyane"),
			entry("974", "La Réunion"),
			entry("976", "Mayotte"));

	/** The department with this code ({@code 75}, {@code 2A}, {@code 971}…). */
	public static Optional<Department> of(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(ALL.get(code.strip().toUpperCase()));
	}

	/** Every department, in code order. */
	public static List<Department> all() {
		return sorted(ALL.values());
	}

	/** {@code departments} in code order. */
	public static List<Department> sorted(Collection<Department> departments) {
		return departments.stream().sorted(Comparator.comparing(Department::code)).toList();
	}

	/** How the department reads in lists: « Paris (75) ». */
	public String label() {
		return name + " (" + code + ")";
	}

	private static Map.Entry<String, Department> entry(String code, String name) {
		return Map.entry(code, new Department(code, name));
	}
}
