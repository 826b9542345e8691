package fr.openmarches.question;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Questions extends JpaRepository<Question, UUID> {

	List<Question> findByConsultationIdOrderByAskedAtDesc(UUID consultationId);

	List<Question> findByConsultationIdAndStateOrderByAnsweredAtAsc(UUID consultationId, QuestionState state);

	List<Question> findByAskerAccountOrderByAskedAtDesc(UUID account);
}
