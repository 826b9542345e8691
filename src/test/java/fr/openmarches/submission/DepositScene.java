package fr.openmarches.submission;

import java.security.KeyPair;
import java.time.Duration;

import org.springframework.context.ApplicationContext;

import fr.openmarches.Fixtures;
import fr.openmarches.MutableClock;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.OrganisationService;

/**
 * What a deposit test starts from: a consultation of a new entity, published with a deadline ten
 * days ahead on the suite's clock and sealed for the test opening key, and a new company whose
 * founder deposits.
 */
public record DepositScene(ConsultationId consultation, KeyPair openingKey, CompanyFixtures.Person founder) {

	public static DepositScene of(ApplicationContext context, String department, String title, String founderName,
			String companyName) {
		var consultations = context.getBean(ConsultationService.class);
		var accounts = context.getBean(AccountService.class);
		var entity = Fixtures.newEntity(context.getBean(OrganisationService.class), Fixtures.unique("Entité — " + title),
				department);
		var consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique(title),
				context.getBean(MutableClock.class).instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		var founder = CompanyFixtures.person(accounts, founderName);
		CompanyFixtures.company(context.getBean(CompanyService.class), founder, Fixtures.unique(companyName));
		return new DepositScene(consultation, OpeningFixtures.openingKeyPair(), founder);
	}
}
