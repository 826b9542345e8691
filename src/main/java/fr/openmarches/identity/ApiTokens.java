package fr.openmarches.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findBySecretSha256(byte[] secretSha256);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);

	long countByAccountIdAndRevokedAtIsNull(UUID accountId);
}
