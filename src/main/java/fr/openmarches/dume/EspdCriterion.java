package fr.openmarches.dume;

import java.util.List;
import java.util.Locale;

/**
 * One criterion of the ESPD-EDM 4.1.0 criterion list, as the official structure
 * ({@code ESPD-criterion.xml}) defines it.
 *
 * @param code the code of the criterion list ({@code crime-org}, {@code gen-year-to}…)
 * @param mandatory an exclusion ground every request holds (the « conviction » and
 *        « contributions » grounds of the list, article 57(1) and (2) of directive 2014/24/EU)
 * @param requirements what the buyer may state, where it is simple (amounts, numbers, texts)
 * @param indicatorQuestion the property id of the criterion's first yes/no question, or null
 * @param amountQuestion the property id of its first amount question, or null
 * @param textQuestion the property id of its first free-text question, or null
 * @param followUps the questions the yes/no answer calls for (the official groups {@code ONTRUE} and
 *        {@code ONFALSE} under the first yes/no question, and under those of them that are yes/no
 *        questions in turn), in the official order
 */
public record EspdCriterion(String code, Kind kind, boolean mandatory, String nameFr, String nameEn,
		String description, List<Requirement> requirements, String indicatorQuestion, String amountQuestion,
		String textQuestion, List<FollowUp> followUps) {

	/** The kinds of follow-up answers taken here: every kind the official follow-up questions use. */
	public static final java.util.Set<String> FOLLOW_UP_TYPES = java.util.Set.of("DESCRIPTION", "INDICATOR", "DATE",
			"PERIOD", "AMOUNT", "QUANTITY_INTEGER", "PERCENTAGE", "CODE_COUNTRY", "URL", "ECONOMIC_OPERATOR_IDENTIFIER",
			"CODE", "EVIDENCE_IDENTIFIER", "CAPTION");

	/**
	 * The roles a member of a group of economic operators answers to the {@code CODE} question of
	 * {@code eo-group} (the only follow-up of that type): codes of the EU list {@code eo-role-type}.
	 */
	public static final java.util.List<String> GROUP_ROLES = java.util.List.of("group-lead", "group-mem");

	/** The criterion of a participation together with others, and its follow-up naming the group. */
	static final String GROUP = "eo-group";

	static final String GROUP_NAME_QUESTION = "C59_OT_eo-group/QG1/QSG1/Q3";

	/**
	 * A question asked only when a yes/no question is answered a given way (business rules
	 * BR-TCR-06 and BR-TCR-07: it must then be answered, and must not be otherwise).
	 *
	 * @param parent the property id of the yes/no question it depends on
	 * @param when the answer to {@code parent} that calls for it
	 * @param type the official {@code ValueDataTypeCode} ({@code DATE}, {@code PERIOD}, {@code CODE} for a
	 *        role in a group, {@code EVIDENCE_IDENTIFIER} for a document named as evidence…), or {@code CAPTION}
	 *        for a statement of the group (nothing to fill: the answer repeats it, as rule BR-TCR-07-01 wants)
	 * @param description the official (English) wording
	 */
	public record FollowUp(String propertyId, String parent, boolean when, String type, String description) {

		/** Whether the platform takes this kind of answer. */
		public boolean supported() {
			return FOLLOW_UP_TYPES.contains(type);
		}

		/** Whether the company fills it (a caption is not filled). */
		public boolean asked() {
			return supported() && !"CAPTION".equals(type);
		}
	}

	/**
	 * The follow-up questions {@code answer} calls for: those whose yes/no question is answered the
	 * way they depend on, itself called for (or the criterion's first yes/no question).
	 */
	public List<FollowUp> due(EspdResponse.Answer answer) {
		var due = new java.util.ArrayList<FollowUp>();
		if (answer == null || answer.indicator() == null) {
			return due;
		}
		var answered = new java.util.HashMap<String, Boolean>();
		answered.put(indicatorQuestion, answer.indicator());
		for (var followUp : followUps) { // official order: a question comes before those depending on it
			var parentAnswer = answered.get(followUp.parent());
			if (parentAnswer != null && parentAnswer == followUp.when()) {
				due.add(followUp);
				if ("INDICATOR".equals(followUp.type())) {
					var value = answer.details().get(followUp.propertyId());
					if (value != null) {
						answered.put(followUp.propertyId(), Boolean.parseBoolean(value));
					}
				}
			}
		}
		return due;
	}

	/** Whether {@code propertyId} is one of the follow-up questions. */
	public boolean isFollowUp(String propertyId) {
		return followUps.stream().anyMatch(f -> f.propertyId().equals(propertyId));
	}

	/** Where the criterion list puts the criterion. */
	public enum Kind {
		/** An exclusion ground (motif d'exclusion). */
		EXCLUSION,
		/** A selection criterion (critère de sélection): suitability, standing, ability. */
		SELECTION,
		/** Another statement of the economic operator (SME, group, reliance on others…). */
		OTHER
	}

	/** What a requirement's value is. */
	public enum ValueKind {
		AMOUNT, NUMBER, TEXT
	}

	/** A requirement the buyer may give a value, by its ESPD property id. */
	public record Requirement(String propertyId, String description, ValueKind kind) {
	}

	/** The criterion's name in French where the list has one, else in English. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) || nameFr == null || nameFr.isBlank() ? nameEn : nameFr;
	}

	public boolean asksIndicator() {
		return indicatorQuestion != null;
	}

	public boolean asksAmount() {
		return amountQuestion != null;
	}

	public boolean asksText() {
		return textQuestion != null;
	}
}
