package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.openmarches.opendata.DecpCodes.Ccag;
import fr.openmarches.opendata.DecpCodes.Environmental;
import fr.openmarches.opendata.DecpCodes.ExecutionMode;
import fr.openmarches.opendata.DecpCodes.Grouping;
import fr.openmarches.opendata.DecpCodes.Nature;
import fr.openmarches.opendata.DecpCodes.PlaceType;
import fr.openmarches.opendata.DecpCodes.PriceForm;
import fr.openmarches.opendata.DecpCodes.PriceType;
import fr.openmarches.opendata.DecpCodes.Procedure;
import fr.openmarches.opendata.DecpCodes.Social;
import fr.openmarches.opendata.DecpCodes.Technique;

/**
 * What a contract record says, field by field as the DECP « marché » (docs/opendata.md maps each
 * one). Nullable: what a draft may still lack; the publication checks everything.
 *
 * @param decpId the buyer's internal number of the contract, 1 to 16 characters
 * @param offersReceived offers received, irregular and unacceptable ones included
 * @param advanceRate the advance as a share of the amount (0.1 = 10 %), 0 when unknown; only with an advance
 * @param amount montant HT, forfaitaire or estimated maximum, in euros
 * @param holders the titulaires, the lead of a grouping first
 */
public record ContractTerms(String decpId, Nature nature, String object, String cpv, Set<Technique> techniques,
		Set<ExecutionMode> executionModes, boolean innovative, Ccag ccag, Integer offersReceived, boolean advance,
		BigDecimal advanceRate, Grouping grouping, boolean subcontracting, Procedure procedure, String placeCode,
		PlaceType placeType, Integer durationMonths, LocalDate notifiedOn, BigDecimal amount, Set<PriceType> priceTypes,
		PriceForm priceForm, Set<Social> social, Set<Environmental> environmental, List<Holder> holders) {

	public ContractTerms {
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
		executionModes = executionModes == null ? Set.of() : Set.copyOf(executionModes);
		priceTypes = priceTypes == null ? Set.of() : Set.copyOf(priceTypes);
		social = social == null ? Set.of() : Set.copyOf(social);
		environmental = environmental == null ? Set.of() : Set.copyOf(environmental);
		holders = holders == null ? List.of() : List.copyOf(holders);
	}
}
