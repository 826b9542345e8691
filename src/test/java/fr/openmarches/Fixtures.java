package fr.openmarches;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * Fixtures for tests that share the suite's database (which also holds the demo data): every name
 * and number is unique, so that a test can count what it created.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/** {@code prefix} followed by a short random suffix. */
	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * {@code prefix} followed by eight random letters from g to v, as one word: searches for short
	 * words (« 2a », « dp ») never match it by chance, as they could a hexadecimal suffix.
	 */
	public static String uniqueWord(String prefix) {
		var word = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			word.append((char) ('g' + ThreadLocalRandom.current().nextInt(16)));
		}
		return word.toString();
	}

	/**
	 * Consecutive from a random start, not random each: a thousand random seven-digit numbers
	 * collide one run in twenty (the deadline-peak benchmark's bidders did).
	 */
	private static final java.util.concurrent.atomic.AtomicInteger SIRENS = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(10_000_000));

	/** A valid SIREN that nothing else uses: a 9, seven digits, a Luhn check digit. */
	public static Siren uniqueSiren() {
		return new Siren(withCheckDigit("9" + String.format("%07d", SIRENS.getAndIncrement() % 10_000_000)));
	}

	/** A valid SIRET (of a {@link #uniqueSiren() new SIREN}) that nothing else uses. */
	public static Siret uniqueSiret() {
		return new Siret(withCheckDigit(uniqueSiren().value() + randomDigits(4)));
	}

	private static String randomDigits(int count) {
		var digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	/** {@code digits} followed by the one digit that makes the whole Luhn-valid. */
	public static String withCheckDigit(String digits) {
		for (int check = 0; check < 10; check++) {
			var candidate = digits + check;
			if (isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Unreachable: one check digit always fits");
	}

	private static boolean isValid(String digits) {
		try {
			if (digits.length() == 9) {
				new Siren(digits);
			}
			else {
				new Siret(digits);
			}
			return true;
		}
		catch (InvalidIdentifierException e) {
			return false;
		}
	}

	/** A new organisation with one purchasing entity named {@code name}, in {@code department}. */
	public static PurchasingEntityId newEntity(OrganisationService organisations, String name, String department) {
		var organisation = organisations
			.create(new NewOrganisation(unique("Agence de test"), null, OrganisationKind.AGENCY));
		return organisations.createEntity(organisation, new NewPurchasingEntity(name, null, uniqueSiret(),
				new PostalAddress("1 place de l'Essai", "75001", "Paris"), department, "achats@test.example", null,
				List.of("Service des achats")));
	}
}
