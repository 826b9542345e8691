package fr.openmarches.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Portals extends JpaRepository<Portal, String> {

	List<Portal> findAllByOrderByPositionAscNameAsc();

	boolean existsByNameIgnoreCaseAndCodeNot(String name, String code);
}
