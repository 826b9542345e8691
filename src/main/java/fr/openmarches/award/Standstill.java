package fr.openmarches.award;

import java.time.Instant;
import java.time.LocalDate;

import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.platform.LegalTime;

/**
 * The standstill period (délai de suspension) between the rejection letters and the signature of the
 * contract (docs/award.md). Code de la commande publique, R2182-1: for a formalised procedure, at least
 * 16 days between the sending of the decision to the rejected bidders and the signature, 11 days when
 * it is sent electronically — which the platform always does. A procédure adaptée (MAPA) has no
 * mandatory standstill. The days run from the sending date (Paris), not from the opening.
 */
public final class Standstill {

	/** Days after an electronic notification (R2182-1). */
	public static final int ELECTRONIC_DAYS = 11;

	private Standstill() {
	}

	/** Whether the procedure imposes a standstill. */
	public static boolean applies(ProcedureType procedure) {
		return procedure != ProcedureType.MAPA;
	}

	/**
	 * The last day of the standstill for letters sent at {@code sentAt}: the contract may be signed from
	 * the next day on; {@code null} when no standstill applies.
	 */
	public static LocalDate endsOn(ProcedureType procedure, Instant sentAt) {
		return applies(procedure) ? LocalDate.ofInstant(sentAt, LegalTime.ZONE).plusDays(ELECTRONIC_DAYS) : null;
	}
}
