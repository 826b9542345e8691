package fr.openmarches.opendata;

import java.util.List;

import fr.openmarches.consultation.Violation;

/**
 * What the buyer wrote cannot be saved, or the record cannot be published: each problem with its
 * field and translated explanation (schema errors carry the validator's own text as argument).
 */
public class ContractRefusedException extends RuntimeException {

	private final List<Violation> problems;

	public ContractRefusedException(List<Violation> problems) {
		super("Contract refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Violation> problems() {
		return problems;
	}
}
