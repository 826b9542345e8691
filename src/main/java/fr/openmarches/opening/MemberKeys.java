package fr.openmarches.opening;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Commission members' personal keys, by account. */
interface MemberKeys extends JpaRepository<MemberKey, UUID> {

	List<MemberKey> findByAccountIdIn(Collection<UUID> accounts);
}
