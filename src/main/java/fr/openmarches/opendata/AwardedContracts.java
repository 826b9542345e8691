package fr.openmarches.opendata;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.openmarches.award.AwardNotified;
import fr.openmarches.award.LotAwarded;
import fr.openmarches.platform.LegalTime;

/**
 * The award starts the contract record: a lot awarded drafts it with the holder and the amount,
 * and the awarded company's first opening of its notification dates it (dateNotification, Paris
 * day). The buyer completes and publishes it. A consultation that has no contract data (a test
 * consultation, a concession) is left alone, and said so in the log.
 */
@Component
class AwardedContracts {

	private static final Logger log = LoggerFactory.getLogger(AwardedContracts.class);

	private final Contracts contracts;

	private final ContractRecords records;

	AwardedContracts(Contracts contracts, ContractRecords records) {
		this.contracts = contracts;
		this.records = records;
	}

	@ApplicationModuleListener
	void on(LotAwarded awarded) {
		try {
			// a company established abroad has no SIRET: the buyer names it on the record
			contracts.draft(awarded.consultation(), awarded.lot(), awarded.siret() == null ? List.of()
					: List.of(Holder.siret(awarded.siret(), awarded.companyName())), awarded.amount(), null);
		}
		catch (NoSuchContractException | ContractStateException none) {
			log.info("No contract record for {} lot {}: {}", awarded.consultation(), awarded.lot(), none.getMessage());
		}
	}

	@ApplicationModuleListener
	void on(AwardNotified notified) {
		records.ofLot(notified.consultation().value(), notified.lot() == null ? 0 : notified.lot())
			.ifPresent(contract -> {
				try {
					contracts.notified(contract.id(), notified.notifiedAt().atZone(LegalTime.ZONE).toLocalDate());
				}
				catch (ContractStateException published) {
					log.info("Contract {} already published: its notification date stays", contract.id());
				}
			});
	}
}
