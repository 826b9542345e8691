package fr.openmarches.company;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Products extends JpaRepository<Product, UUID> {

	List<Product> findByCompanyIdOrderByNameAscIdAsc(UUID companyId);

	Optional<Product> findByIdAndCompanyId(UUID id, UUID companyId);

	long countByCompanyId(UUID companyId);
}
