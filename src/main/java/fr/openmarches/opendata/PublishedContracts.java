package fr.openmarches.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The essential data anyone may read: published records only, as pages list them and as DECP
 * files (checked against the official schema before they leave).
 */
@Service
public class PublishedContracts {

	private final ContractRecords records;

	private final DecpDocuments documents;

	PublishedContracts(ContractRecords records, DecpDocuments documents) {
		this.records = records;
		this.documents = documents;
	}

	/** A buyer that published contracts, for the filter. */
	public record Buyer(PurchasingEntityId id, String name) {
	}

	/**
	 * Published records, the latest published first.
	 * @param entity {@code null} for every buyer
	 * @param year the year of notification; {@code null} for every year
	 */
	@Transactional(readOnly = true)
	public Page<ContractView> search(PurchasingEntityId entity, Integer year, int page, int size) {
		Specification<Contract> published = (root, query, builder) -> {
			var conditions = new ArrayList<Predicate>();
			conditions.add(builder.equal(root.get("state"), ContractState.PUBLISHED));
			if (entity != null) {
				conditions.add(builder.equal(root.get("entityId"), entity.value()));
			}
			if (year != null) {
				conditions.add(builder.between(root.get("notifiedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
		return records
			.findAll(published, PageRequest.of(page, size, Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("notifiedOn"),
					Sort.Order.asc("decpId"))))
			.map(Contract::view);
	}

	/** A published record; drafts are not found. */
	@Transactional(readOnly = true)
	public Optional<ContractView> find(ContractId id) {
		return records.findById(id.value()).filter(c -> c.state() == ContractState.PUBLISHED).map(Contract::view);
	}

	/** The buyers with published records, by name. */
	@Transactional(readOnly = true)
	public List<Buyer> buyers() {
		return records.publishingBuyers()
			.stream()
			.map(row -> new Buyer(new PurchasingEntityId((UUID) row[0]), (String) row[1]))
			.toList();
	}

	/** Every published record as one DECP file {@code {"marches": {"marche": […]}}}. */
	@Transactional(readOnly = true)
	public JsonNode file() {
		return documents.file(records.findByStateOrderByPublishedOnDescDecpIdAsc(ContractState.PUBLISHED)
			.stream()
			.map(Contract::view)
			.toList());
	}

	/** One published record as a DECP file of one « marché ». */
	@Transactional(readOnly = true)
	public Optional<JsonNode> file(ContractId id) {
		return find(id).map(contract -> documents.file(List.of(contract)));
	}

	/** One record's « marché » object alone, as the file holds it. */
	@Transactional(readOnly = true)
	public Optional<JsonNode> marche(ContractId id) {
		return find(id).map(contract -> documents.marche(contract, contract.publishedOn()));
	}
}
