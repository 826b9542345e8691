package fr.openmarches.dume;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.openmarches.consultation.ConsultationId;

/**
 * The DUME request of a consultation: the criteria the buyer asks the companies to answer and the
 * values the buyer gave their requirements.
 *
 * @param criteria the exclusion grounds, then the selection and other criteria, in the list's order
 * @param requirements requirement property id → value (an amount, a number or a text)
 * @param updatedAt null while the buyer has not set it: the default request, every exclusion
 *        ground and nothing else
 */
public record EspdRequest(ConsultationId consultation, List<EspdCriterion> criteria, Map<String, String> requirements,
		Instant updatedAt) {

	public boolean includes(String code) {
		return criteria.stream().anyMatch(c -> c.code().equals(code));
	}

	public String requirement(String propertyId) {
		return requirements.get(propertyId);
	}

	/**
	 * What the buyer asks of one criterion, as a text that changes when any of its values does:
	 * an answer is reused only for a criterion whose digest has not changed.
	 */
	public String digestOf(EspdCriterion criterion) {
		var digest = new StringBuilder(criterion.code());
		for (var requirement : criterion.requirements()) {
			digest.append('|').append(requirement.propertyId()).append('=')
				.append(requirements.getOrDefault(requirement.propertyId(), ""));
		}
		return digest.toString();
	}
}
