package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The European thresholds (seuils européens) at or above which a consultation's notice must be
 * published in the Official Journal of the EU (JOUE), in euros excluding VAT. They change every
 * two years; the defaults are those in force from 1 January 2026 to 31 December 2027 (avis du
 * JOUE, reprised in the code de la commande publique). Set them under
 * {@code openmarches.consultation.eu-thresholds.*}.
 *
 * @param worksAndConcessions works contracts and concessions, whoever the buyer
 * @param centralGovernmentSuppliesAndServices supplies and services of central government authorities
 * @param otherSuppliesAndServices supplies and services of the other contracting authorities
 * @param defenceSecurityAndUtilities supplies and services of defence or security contracts, and of
 *        utilities (entités adjudicatrices)
 */
public record EuThresholds(@DefaultValue("5404000") BigDecimal worksAndConcessions,
		@DefaultValue("140000") BigDecimal centralGovernmentSuppliesAndServices,
		@DefaultValue("216000") BigDecimal otherSuppliesAndServices,
		@DefaultValue("432000") BigDecimal defenceSecurityAndUtilities) {

	/** The thresholds of 2026 and 2027. */
	public static final EuThresholds IN_FORCE_2026 = new EuThresholds(new BigDecimal("5404000"),
			new BigDecimal("140000"), new BigDecimal("216000"), new BigDecimal("432000"));

	public EuThresholds {
		Objects.requireNonNull(worksAndConcessions, "worksAndConcessions");
		Objects.requireNonNull(centralGovernmentSuppliesAndServices, "centralGovernmentSuppliesAndServices");
		Objects.requireNonNull(otherSuppliesAndServices, "otherSuppliesAndServices");
		Objects.requireNonNull(defenceSecurityAndUtilities, "defenceSecurityAndUtilities");
	}

	/**
	 * The threshold that applies to a contract: works and concessions have theirs whoever buys;
	 * for supplies and services, defence or security contracts and utilities come first, then the
	 * kind of buyer.
	 */
	public BigDecimal thresholdFor(Contract contract) {
		if (contract.category() == Category.WORKS || contract.procedure() == ProcedureType.CONCESSION) {
			return worksAndConcessions;
		}
		if (contract.defenceOrSecurity() || contract.utilities()) {
			return defenceSecurityAndUtilities;
		}
		return contract.buyer() == BuyerKind.CENTRAL_GOVERNMENT ? centralGovernmentSuppliesAndServices
				: otherSuppliesAndServices;
	}

	/**
	 * Whether the contract's notice goes to the JOUE: its estimated value is equal to or above its
	 * threshold. Without an estimated value nothing says it does.
	 */
	public boolean requireEuPublication(Contract contract) {
		return contract.estimatedValue() != null && contract.estimatedValue().compareTo(thresholdFor(contract)) >= 0;
	}

	/**
	 * What the thresholds look at.
	 *
	 * @param estimatedValue in euros excluding VAT, every lot included; {@code null} when unknown
	 */
	public record Contract(BigDecimal estimatedValue, Category category, ProcedureType procedure, BuyerKind buyer,
			boolean defenceOrSecurity, boolean utilities) {
	}
}
