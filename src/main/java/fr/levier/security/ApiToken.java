package fr.levier.security;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A revocable credential for the REST API, acting as its owner with the owner's role. Only the
 * SHA-256 hash of the secret is stored; the secret is shown once, at creation.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApiTokenScope scope = ApiTokenScope.API;

    protected ApiToken() {}

    ApiToken(
            String name,
            String tokenHash,
            String tokenPrefix,
            AppUser owner,
            LocalDate expiresOn,
            ApiTokenScope scope) {
        this.scope = scope;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.owner = owner;
        this.expiresOn = expiresOn;
    }

    ApiTokenScope getScope() {
        return scope;
    }

    AppUser getOwner() {
        return owner;
    }

    boolean isActive(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn)) && owner.isEnabled();
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    void markUsed(Instant when) {
        lastUsedAt = when;
    }

    ApiTokenSummary toSummary() {
        return new ApiTokenSummary(
                getId(),
                name,
                tokenPrefix,
                owner.getUsername(),
                getCreatedAt(),
                expiresOn,
                lastUsedAt,
                revokedAt,
                scope);
    }
}
