package fr.levier.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @EntityGraph(attributePaths = "owner")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @EntityGraph(attributePaths = "owner")
    Page<ApiToken> findAllBy(Pageable pageable);
}
