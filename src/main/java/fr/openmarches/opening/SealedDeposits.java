package fr.openmarches.opening;

import java.util.List;

import fr.openmarches.consultation.ConsultationId;

/**
 * The deposits an opening session opens, as the module that received them recorded them. Declared
 * here and implemented by {@code submission} (which already depends on this module for the opening
 * key), so that {@code opening} needs no dependency on {@code submission}.
 */
public interface SealedDeposits {

	/**
	 * The consultation's deposits still counting or late, in the order received; superseded
	 * deposits are left out (they are not examined).
	 */
	List<SealedDeposit> toOpen(ConsultationId consultation);
}
