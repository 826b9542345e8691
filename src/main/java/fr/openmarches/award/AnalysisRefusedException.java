package fr.openmarches.award;

import java.util.List;

/**
 * What the analysis refuses, and why: {@link #reason()} for programs, the arguments for the message
 * {@code award.refused.<reason>}.
 */
public class AnalysisRefusedException extends RuntimeException {

	/** Why. */
	public enum Reason {
		/** The consultation's bids are not opened yet (or it is already decided in full). */
		NOT_OPENED,
		/** The lot is not one of the consultation's. */
		NO_SUCH_LOT,
		/** No criterion. */
		NO_CRITERIA,
		/** More criteria than a grid holds. */
		TOO_MANY_CRITERIA,
		/** A criterion without a label, or too long. */
		LABEL_REQUIRED,
		/** A weight outside 1–100. */
		INVALID_WEIGHT,
		/** The weights do not sum to 100 (argument: their sum). */
		WEIGHTS_SUM,
		/** A maximum score that is not positive. */
		INVALID_MAX_SCORE,
		/** More than one price criterion. */
		SEVERAL_PRICES,
		/** Scores before criteria. */
		CRITERIA_FIRST,
		/** A score outside 0–max (arguments: the criterion, its maximum). */
		SCORE_OUT_OF_RANGE,
		/** An amount that is not a positive number. */
		INVALID_AMOUNT,
		/** A text too long (argument: the maximum length). */
		TOO_LONG,
		/** The bid is not an admitted bid of the lot (opened, in time, not set aside). */
		NOT_ADMITTED,
		/** The bid awarded is not ranked first. */
		NOT_FIRST,
		/** The bid awarded has no amount. */
		NO_AMOUNT,
		/** An unsuccessful lot, or a bid set aside, needs a reason. */
		REASON_REQUIRED,
		/** The lot is decided already: its decision, criteria and scores are final. */
		ALREADY_DECIDED,
		/** A request for documents needs a text. */
		TEXT_REQUIRED,
		/** A deadline that is not in the future. */
		DEADLINE_PAST,
		/** A contract for a lot that is not awarded. */
		NOT_AWARDED,
		/** The contract is not a PDF (argument: the largest size accepted, in megabytes). */
		NOT_A_PDF,
		/** No contract was sent for the lot. */
		NO_CONTRACT,
		/** The holder signed the contract already: it is final. */
		CONTRACT_SIGNED,
		/** The file signed is not the contract sent, byte for byte. */
		NOT_THE_CONTRACT,
		/** The signature is invalid or none of XAdES, CAdES, PAdES (argument: the verdict). */
		SIGNATURE_REFUSED,
		/** The holder has not signed the contract yet. */
		NOT_SIGNED_BY_HOLDER,
		/** The standstill runs (argument: the first day the contract may be signed). */
		STANDSTILL_RUNNING,
		/** The contract is concluded already. */
		ALREADY_CONCLUDED,
		/** Only a request for documents is answered with documents. */
		NOT_A_REQUEST,
		/** An answer with neither text nor (non-empty) file. */
		EMPTY_REPLY,
		/** More files than an answer holds (argument: the maximum). */
		TOO_MANY_FILES
	}

	private final Reason reason;

	private final List<Object> arguments;

	public AnalysisRefusedException(Reason reason, Object... arguments) {
		super(reason.name());
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public Reason reason() {
		return reason;
	}

	public List<Object> arguments() {
		return arguments;
	}
}
