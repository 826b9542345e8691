package fr.openmarches.company.web;

/**
 * The three ways through the company form: signing up (with a personal account), joining a
 * company once signed in (for someone who belongs to none), moving to another company.
 *
 * @param start the first step's page (the company's number)
 * @param step the second step's page (the form), read with a GET from the first
 * @param submit where the form posts
 * @param key prefix of the journey's own texts ({@code company.journey.<key>.*})
 */
record Journey(String start, String step, String submit, String key) {

	static final Journey SIGN_UP = new Journey("/inscription", "/inscription/entreprise", "/inscription", "signup");

	static final Journey JOIN = new Journey("/mon-espace/entreprise", "/mon-espace/entreprise/choix",
			"/mon-espace/entreprise", "join");

	static final Journey MOVE = new Journey("/entreprise/changer", "/entreprise/changer/choix", "/entreprise/changer",
			"move");

	public boolean asksPerson() {
		return this == SIGN_UP;
	}

	public String titleKey() {
		return "company.journey." + key + ".title";
	}

	public String leadKey() {
		return "company.journey." + key + ".lead";
	}

	public String submitKey() {
		return "company.journey." + key + ".submit";
	}
}
