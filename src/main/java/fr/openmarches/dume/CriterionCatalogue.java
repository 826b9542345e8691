package fr.openmarches.dume;

import static fr.openmarches.dume.EspdXml.CAC;
import static fr.openmarches.dume.EspdXml.CBC;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.openmarches.dume.EspdCriterion.Kind;
import fr.openmarches.dume.EspdCriterion.Requirement;
import fr.openmarches.dume.EspdCriterion.ValueKind;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * The ESPD-EDM 4.1.0 criteria, read once from the files shipped in
 * {@code src/main/resources/espd/edm-4.1.0/}: the structure of each criterion from the official
 * {@code ESPD-criterion.xml}, its French name from the code list {@code Criterion.gc}, whether it
 * is an exclusion ground (mandatory or not) or a selection criterion from {@code criterionList.xml}.
 * The official elements are kept to be copied, unchanged but for the buyer's values, into the
 * documents the platform writes.
 */
@Component
public class CriterionCatalogue {

	/** Value elements of a requirement the buyer may fill, and what they hold. */
	private static final Map<String, ValueKind> EDITABLE = Map.of("ExpectedAmount", ValueKind.AMOUNT, "MinimumAmount",
			ValueKind.AMOUNT, "MaximumAmount", ValueKind.AMOUNT, "ExpectedValueNumeric", ValueKind.NUMBER,
			"MinimumValueNumeric", ValueKind.NUMBER, "MaximumValueNumeric", ValueKind.NUMBER, "ExpectedDescription",
			ValueKind.TEXT);

	/** Codes {@code criterionList.xml} spells otherwise than the criterion list and the official structure. */
	private static final Map<String, String> ALIASES = Map.of("misinterpr", "misrepresent", "autorisation",
			"authorisation");

	private final Map<String, EspdCriterion> criteria = new LinkedHashMap<>();

	private final Map<String, Element> templates = new HashMap<>();

	/** Question property id → criterion code. */
	private final Map<String, String> questions = new HashMap<>();

	public CriterionCatalogue() {
		var names = names();
		var exclusions = new LinkedHashMap<String, Boolean>();
		var selections = new HashSet<String>();
		var list = EspdXml.parseResource("criterionList.xml").getDocumentElement();
		for (var child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				var named = e.getElementsByTagName("name").item(0).getTextContent().strip();
				var code = ALIASES.getOrDefault(named, named);
				if ("exclusion-criterion".equals(e.getTagName())) {
					exclusions.put(code, !e.getAttribute("type").isEmpty());
				}
				else {
					selections.add(code);
				}
			}
		}
		var root = EspdXml.parseResource("ESPD-criterion.xml").getDocumentElement();
		for (var element : EspdXml.children(root, CAC, "TenderingCriterion")) {
			EspdXml.stripComments(element);
			var code = EspdXml.text(element, CBC, "CriterionTypeCode");
			var kind = exclusions.containsKey(code) ? Kind.EXCLUSION : selections.contains(code) ? Kind.SELECTION : Kind.OTHER;
			var requirements = new ArrayList<Requirement>();
			String indicator = null;
			String amount = null;
			String text = null;
			var properties = element.getElementsByTagNameNS(CAC, "TenderingCriterionProperty");
			for (int i = 0; i < properties.getLength(); i++) {
				var property = (Element) properties.item(i);
				var id = EspdXml.text(property, CBC, "ID");
				var type = EspdXml.text(property, CBC, "TypeCode");
				var valueType = EspdXml.text(property, CBC, "ValueDataTypeCode");
				var description = EspdXml.text(property, CBC, "Description");
				if ("QUESTION".equals(type)) {
					questions.put(id, code);
					if (indicator == null && "INDICATOR".equals(valueType)) {
						indicator = id;
					}
					else if (amount == null && "AMOUNT".equals(valueType)) {
						amount = id;
					}
					else if (text == null && "DESCRIPTION".equals(valueType)) {
						text = id;
					}
				}
				else if ("REQUIREMENT".equals(type)) {
					var value = valueElement(property);
					if (value != null && EDITABLE.containsKey(value.getLocalName())) {
						requirements.add(new Requirement(id, description, EDITABLE.get(value.getLocalName())));
					}
				}
			}
			var name = names.getOrDefault(code, new String[] { EspdXml.text(element, CBC, "Name"), null });
			criteria.put(code, new EspdCriterion(code, kind, Boolean.TRUE.equals(exclusions.get(code)),
					name[1], name[0] == null ? EspdXml.text(element, CBC, "Name") : name[0],
					EspdXml.text(element, CBC, "Description"), List.copyOf(requirements), indicator, amount, text,
					followUps(element, indicator)));
			templates.put(code, element);
		}
	}

	/**
	 * The questions of the {@code ONTRUE} / {@code ONFALSE} groups under the yes/no question
	 * {@code indicator}, and under those of them that are yes/no questions, in document order.
	 */
	private static List<EspdCriterion.FollowUp> followUps(Element criterion, String indicator) {
		var followUps = new ArrayList<EspdCriterion.FollowUp>();
		if (indicator == null) {
			return followUps;
		}
		var properties = criterion.getElementsByTagNameNS(CAC, "TenderingCriterionProperty");
		for (int i = 0; i < properties.getLength(); i++) {
			var property = (Element) properties.item(i);
			if (indicator.equals(EspdXml.text(property, CBC, "ID"))) {
				followUpsOf(property, followUps);
			}
		}
		return List.copyOf(followUps);
	}

	private static void followUpsOf(Element question, List<EspdCriterion.FollowUp> into) {
		var parentId = EspdXml.text(question, CBC, "ID");
		var group = (Element) question.getParentNode();
		for (var subgroup : EspdXml.children(group, CAC, "SubsidiaryTenderingCriterionPropertyGroup")) {
			var kind = EspdXml.text(subgroup, CBC, "PropertyGroupTypeCode");
			if (!"ONTRUE".equals(kind) && !"ONFALSE".equals(kind)) {
				continue;
			}
			for (var property : EspdXml.children(subgroup, CAC, "TenderingCriterionProperty")) {
				var element = EspdXml.text(property, CBC, "TypeCode");
				if (!"QUESTION".equals(element) && !"CAPTION".equals(element)) {
					continue;
				}
				// a caption in such a group is a statement the answer makes; the rules want it acknowledged
				var type = "CAPTION".equals(element) ? "CAPTION" : EspdXml.text(property, CBC, "ValueDataTypeCode");
				into.add(new EspdCriterion.FollowUp(EspdXml.text(property, CBC, "ID"), parentId, "ONTRUE".equals(kind), type,
						EspdXml.text(property, CBC, "Description")));
				if ("INDICATOR".equals(type)) {
					followUpsOf(property, into);
				}
			}
		}
	}

	/** Every criterion, in the official order (exclusion grounds first). */
	public List<EspdCriterion> all() {
		return List.copyOf(criteria.values());
	}

	public Optional<EspdCriterion> find(String code) {
		return Optional.ofNullable(code == null ? null : criteria.get(code));
	}

	public List<EspdCriterion> exclusionGrounds() {
		return criteria.values().stream().filter(c -> c.kind() == Kind.EXCLUSION).toList();
	}

	/** The criteria a buyer chooses from beyond the exclusion grounds. */
	public List<EspdCriterion> selectable() {
		return criteria.values().stream().filter(c -> c.kind() != Kind.EXCLUSION).toList();
	}

	/** The code of the criterion a question belongs to. */
	Optional<String> criterionOfQuestion(String propertyId) {
		return Optional.ofNullable(questions.get(propertyId));
	}

	/** The official element of a criterion, not to be changed: import a deep copy. */
	Element template(String code) {
		return templates.get(code);
	}

	/** The element holding a requirement's value: the first after its ValueDataTypeCode. */
	static Element valueElement(Element property) {
		var type = EspdXml.child(property, CBC, "ValueDataTypeCode");
		for (var next = type == null ? null : type.getNextSibling(); next != null; next = next.getNextSibling()) {
			if (next instanceof Element e) {
				return e;
			}
		}
		return null;
	}

	static boolean isEditable(Element value) {
		return value != null && EDITABLE.containsKey(value.getLocalName());
	}

	/** Code → { English name, French name }, from the genericode list. */
	private static Map<String, String[]> names() {
		var names = new HashMap<String, String[]>();
		var rows = EspdXml.parseResource("codelists/Criterion.gc").getElementsByTagName("Row");
		for (int i = 0; i < rows.getLength(); i++) {
			var row = (Element) rows.item(i);
			String code = null;
			String english = null;
			String french = null;
			var values = row.getElementsByTagName("Value");
			for (int j = 0; j < values.getLength(); j++) {
				var value = (Element) values.item(j);
				var simple = value.getElementsByTagName("SimpleValue");
				var text = simple.getLength() == 0 ? null : simple.item(0).getTextContent().strip();
				switch (value.getAttribute("ColumnRef")) {
					case "code" -> code = text;
					case "Name" -> english = text;
					case "fra_label" -> french = text;
					default -> {
					}
				}
			}
			if (code != null) {
				names.put(code, new String[] { english, french == null || french.isEmpty() ? null : french });
			}
		}
		return names;
	}

	/** The codes of the mandatory exclusion grounds, always in a request. */
	public Set<String> mandatoryCodes() {
		var codes = new HashSet<String>();
		criteria.values().stream().filter(EspdCriterion::mandatory).forEach(c -> codes.add(c.code()));
		return codes;
	}
}
