package fr.openmarches.opening;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The commission's decisions on candidatures, by deposit. */
interface Admissions extends JpaRepository<Admission, UUID> {

	List<Admission> findByConsultationId(UUID consultation);
}
