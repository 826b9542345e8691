package fr.openmarches.company;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How the law shapes a company. For a French company, its INSEE legal category code (catégorie
 * juridique, level III, four digits such as {@code 5710}); for a company established abroad, the
 * form as its own country names it (« GmbH », « S.L. »).
 */
public final class LegalForm {

	/** The codes people meet most, offered in forms and shown with a translated label. */
	public static final List<String> COMMON = List.of("5710", "5720", "5499", "5498", "5599", "5699", "1000", "5202",
			"5306", "5308", "5485", "5785", "6220", "6540", "9220");

	private static final Pattern INSEE_CODE = Pattern.compile("[0-9]{4}");

	private LegalForm() {
	}

	public static boolean isInseeCode(String value) {
		return value != null && INSEE_CODE.matcher(value).matches();
	}

	/** The key of the label of a common INSEE code, or null: show the value itself. */
	public static String labelKey(String value) {
		return COMMON.contains(value) ? "company.legalForm." + value : null;
	}
}
