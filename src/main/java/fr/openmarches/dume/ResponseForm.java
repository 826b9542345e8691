package fr.openmarches.dume;

import java.util.Map;

import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;

/** What a company member saves: the operator and the answers by criterion code (empty ones dropped). */
public record ResponseForm(EconomicOperator operator, Map<String, Answer> answers) {
}
