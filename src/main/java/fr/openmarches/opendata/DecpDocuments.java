package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.openmarches.consultation.Violation;
import fr.openmarches.opendata.DecpCodes.Coded;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes contract records in the DECP format: one « marché » object per record, in the order of the
 * schema's properties, and whole files {@code {"marches": {"marche": […]}}} checked against
 * {@link DecpSchema} before they leave; a published record carries its modifications (avenants).
 */
@Component
class DecpDocuments {

	private final JsonMapper json;

	private final DecpSchema schema;

	private final ContractModifications modifications;

	DecpDocuments(JsonMapper json, DecpSchema schema, ContractModifications modifications) {
		this.json = json;
		this.schema = schema;
		this.modifications = modifications;
	}

	/**
	 * The file of {@code contracts}, valid against the schema.
	 * @throws IllegalStateException if it is not: a published record is valid, so that is a bug
	 */
	JsonNode file(Collection<ContractView> contracts) {
		var document = document(contracts);
		var problems = schema.problems(document, Locale.ROOT);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("DECP invalid against the schema: " + problems);
		}
		return document;
	}

	/** What the schema finds wrong in {@code contract} as it would be published on {@code today}. */
	List<Violation> problems(ContractView contract, LocalDate today, Locale locale) {
		var root = json.createObjectNode();
		root.putObject("marches").putArray("marche").add(marche(contract, today));
		return schema.problems(root, locale);
	}

	/** What the schema finds wrong in the published {@code contract} once {@code modification} is appended. */
	List<Violation> problems(ContractView contract, ContractModification modification, Locale locale) {
		var marche = marche(contract, contract.publishedOn());
		var list = marche.has("modifications") ? (ArrayNode) marche.get("modifications") : marche.putArray("modifications");
		list.add(modification(modification));
		var root = json.createObjectNode();
		root.putObject("marches").putArray("marche").add(marche);
		return schema.problems(root, locale);
	}

	private ObjectNode document(Collection<ContractView> contracts) {
		var root = json.createObjectNode();
		var list = root.putObject("marches").putArray("marche");
		contracts.forEach(contract -> list.add(marche(contract, contract.publishedOn())));
		return root;
	}

	/** One « marché »; {@code publishedOn} the date of publication of the data. */
	ObjectNode marche(ContractView contract, LocalDate publishedOn) {
		var t = contract.terms();
		var m = json.createObjectNode();
		m.put("id", t.decpId());
		m.putObject("acheteur").put("id", contract.buyerSiret());
		m.put("nature", t.nature().decp());
		m.put("objet", t.object());
		m.put("codeCPV", t.cpv());
		codes(m.putObject("techniques").putArray("technique"), t.techniques());
		codes(m.putObject("modalitesExecution").putArray("modaliteExecution"), t.executionModes());
		m.put("marcheInnovant", t.innovative());
		m.put("ccag", t.ccag().decp());
		if (t.offersReceived() != null) {
			m.put("offresRecues", t.offersReceived());
		}
		m.put("attributionAvance", t.advance());
		if (t.advance() && t.advanceRate() != null) {
			m.put("tauxAvance", number(t.advanceRate()));
		}
		m.put("typeGroupementOperateurs", t.grouping().decp());
		m.put("sousTraitanceDeclaree", t.subcontracting());
		m.put("procedure", t.procedure().decp());
		m.putObject("lieuExecution").put("code", t.placeCode()).put("typeCode", t.placeType().decp());
		if (t.durationMonths() != null) {
			m.put("dureeMois", t.durationMonths());
		}
		if (t.notifiedOn() != null) {
			m.put("dateNotification", t.notifiedOn().toString());
		}
		if (publishedOn != null) {
			m.put("datePublicationDonnees", publishedOn.toString());
		}
		if (t.amount() != null) {
			m.put("montant", number(t.amount()));
		}
		codes(m.putObject("typesPrix").putArray("typePrix"), t.priceTypes());
		m.put("formePrix", t.priceForm().decp());
		var holders = m.putArray("titulaires");
		t.holders().forEach(holder -> holders.addObject()
			.putObject("titulaire")
			.put("typeIdentifiant", holder.idType().decp())
			.put("id", holder.identifier()));
		codes(m.putObject("considerationsSociales").putArray("considerationSociale"), t.social());
		codes(m.putObject("considerationsEnvironnementales").putArray("considerationEnvironnementale"),
				t.environmental());
		if (contract.published()) {
			var changes = modifications.of(contract.id());
			if (!changes.isEmpty()) {
				var list = m.putArray("modifications");
				changes.forEach(change -> list.add(modification(change)));
			}
		}
		return m;
	}

	private ObjectNode modification(ContractModification change) {
		var entry = json.createObjectNode();
		var m = entry.putObject("modification");
		m.put("id", change.number());
		if (change.durationMonths() != null) {
			m.put("dureeMois", change.durationMonths());
		}
		if (change.amount() != null) {
			m.put("montant", number(change.amount()));
		}
		m.put("dateNotificationModification", change.notifiedOn().toString());
		m.put("datePublicationDonneesModification", change.publishedOn().toString());
		return entry;
	}

	private static void codes(ArrayNode array, Set<? extends Coded> values) {
		values.forEach(value -> array.add(value.decp()));
	}

	/** 575000.00 as 575000: the format's numbers, without the database's scale. */
	private static BigDecimal number(BigDecimal value) {
		var plain = value.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0) : plain;
	}
}
