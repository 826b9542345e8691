package fr.openmarches.company.web;

import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.openmarches.company.CompanyFiche;
import fr.openmarches.company.Reference;
import fr.openmarches.company.Region;
import fr.openmarches.cpv.CpvCatalogue;
import org.springframework.validation.Errors;

/**
 * The company fiche as its administrators edit it. Activities are CPV codes, added one at a time
 * with the CPV picker ({@code newActivity}); references are rows, blank ones ignored.
 * Certifications are typed one per line.
 *
 * @param activities the CPV codes already chosen (hidden fields)
 * @param newActivity the code being added, as the picker writes it (« 45233140 — Travaux routiers »)
 */
record FicheForm(String presentation, String website, List<String> activities, String newActivity,
		Set<Region> regions, List<ReferenceRow> references, String certifications, Boolean listed) {

	static final int MAX_LINE = 200;

	/** A reference as typed; {@code year} is text so that a typo comes back as typed. */
	record ReferenceRow(String title, String client, String year, String description) {

		static final ReferenceRow BLANK = new ReferenceRow(null, null, null, null);

		boolean blank() {
			return isBlank(title) && isBlank(client) && isBlank(year) && isBlank(description);
		}
	}

	static FicheForm of(CompanyFiche fiche) {
		var rows = new ArrayList<ReferenceRow>();
		fiche.references().forEach(r -> rows.add(new ReferenceRow(r.title(), r.client(),
				r.year() == null ? null : r.year().toString(), r.description())));
		rows.add(ReferenceRow.BLANK);
		return new FicheForm(fiche.presentation(), fiche.website(), fiche.activities(), null, fiche.regions(), rows,
				String.join("\n", fiche.certifications()), fiche.listed());
	}

	/** The form as posted, lists never null. */
	FicheForm normalised() {
		return new FicheForm(presentation, website, activities == null ? List.of() : activities, newActivity,
				regions == null ? EnumSet.noneOf(Region.class) : regions,
				references == null ? List.of() : references, certifications, Boolean.TRUE.equals(listed));
	}

	/**
	 * The activities with the one being added (the picker's field then emptied); unchanged, with
	 * the explanation next to the picker, when it is not a CPV code or one too many.
	 */
	FicheForm withNewActivity(CpvCatalogue cpv, Errors errors) {
		if (isBlank(newActivity)) {
			return this;
		}
		var code = cpv.find(newActivity);
		if (code.isEmpty()) {
			errors.rejectValue("newActivity", "company.fiche.error.cpv");
			return this;
		}
		var all = new LinkedHashSet<>(activities);
		all.add(code.get().code());
		if (all.size() > CompanyFiche.MAX_ACTIVITIES) {
			errors.rejectValue("newActivity", "company.fiche.error.activities",
					new Object[] { CompanyFiche.MAX_ACTIVITIES }, null);
			return this;
		}
		return new FicheForm(presentation, website, List.copyOf(all), null, regions, references, certifications, listed);
	}

	FicheForm withoutActivity(String code) {
		return new FicheForm(presentation, website, activities.stream().filter(a -> !a.equals(code)).toList(),
				newActivity, regions, references, certifications, listed);
	}

	FicheForm withAnotherReference() {
		var rows = new ArrayList<>(references);
		rows.add(ReferenceRow.BLANK);
		return new FicheForm(presentation, website, activities, newActivity, regions, rows, certifications, listed);
	}

	FicheForm withoutReference(int index) {
		var rows = new ArrayList<>(references);
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
		return new FicheForm(presentation, website, activities, newActivity, regions, rows, certifications, listed);
	}

	void check(Errors errors, int thisYear) {
		if (presentation != null && presentation.strip().length() > CompanyFiche.MAX_PRESENTATION) {
			errors.rejectValue("presentation", "company.signup.error.tooLong",
					new Object[] { CompanyFiche.MAX_PRESENTATION }, null);
		}
		if (!isBlank(website) && !isWebAddress(website.strip())) {
			errors.rejectValue("website", "company.fiche.error.website");
		}
		var filled = 0;
		for (int i = 0; i < references.size(); i++) {
			var row = references.get(i);
			if (row.blank()) {
				continue;
			}
			filled++;
			var prefix = "references[" + i + "].";
			if (isBlank(row.title())) {
				errors.rejectValue(prefix + "title", "company.signup.error.required");
			}
			if (isBlank(row.client())) {
				errors.rejectValue(prefix + "client", "company.signup.error.required");
			}
			if (!isBlank(row.year()) && yearOf(row.year(), thisYear) == null) {
				errors.rejectValue(prefix + "year", "company.fiche.error.year", new Object[] { thisYear + 1 }, null);
			}
			for (var field : List.of("title", "client")) {
				var value = field.equals("title") ? row.title() : row.client();
				if (value != null && value.strip().length() > MAX_LINE) {
					errors.rejectValue(prefix + field, "company.signup.error.tooLong", new Object[] { MAX_LINE }, null);
				}
			}
			if (row.description() != null && row.description().strip().length() > 1000) {
				errors.rejectValue(prefix + "description", "company.signup.error.tooLong", new Object[] { 1000 }, null);
			}
		}
		if (filled > CompanyFiche.MAX_REFERENCES) {
			errors.rejectValue("references", "company.fiche.error.references", new Object[] { CompanyFiche.MAX_REFERENCES },
					null);
		}
		var lines = certificationLines();
		if (lines.size() > CompanyFiche.MAX_CERTIFICATIONS || lines.stream().anyMatch(l -> l.length() > MAX_LINE)) {
			errors.rejectValue("certifications", "company.fiche.error.certifications",
					new Object[] { CompanyFiche.MAX_CERTIFICATIONS, MAX_LINE }, null);
		}
	}

	/** The checked form as the fiche to save. */
	CompanyFiche fiche(int thisYear) {
		var rows = references.stream()
			.filter(row -> !row.blank())
			.map(row -> new Reference(row.title().strip(), row.client().strip(),
					isBlank(row.year()) ? null : yearOf(row.year(), thisYear),
					isBlank(row.description()) ? null : row.description().strip()))
			.toList();
		return new CompanyFiche(presentation, isBlank(website) ? null : website.strip(), activities,
				regions.isEmpty() ? Set.of() : EnumSet.copyOf(regions), rows, certificationLines(),
				Boolean.TRUE.equals(listed));
	}

	private List<String> certificationLines() {
		if (certifications == null) {
			return List.of();
		}
		return Arrays.stream(certifications.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
	}

	private static Integer yearOf(String text, int thisYear) {
		try {
			int year = Integer.parseInt(text.strip());
			return year >= 1900 && year <= thisYear + 1 ? year : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			var uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& text.length() <= MAX_LINE;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The year now, for the checks. */
	static int thisYear(java.time.Clock clock) {
		return Year.now(clock).getValue();
	}
}
