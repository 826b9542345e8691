package fr.openmarches.download;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Downloads extends JpaRepository<Download, UUID> {

	List<Download> findByConsultationIdOrderByDownloadedAtDesc(UUID consultationId);

	List<Download> findByConsultationIdAndIdentifiedTrueOrderByDownloadedAtDesc(UUID consultationId);

	List<Download> findByAccountIdOrderByDownloadedAtDesc(UUID accountId);
}
