package fr.levier.security;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, checks and revokes API tokens. Only admins manage them. */
@Service
public class ApiTokenService {

    /** Prefix of every token secret, so leaked secrets are easy to recognise and scan for. */
    public static final String SECRET_PREFIX = "lev_";

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Creates a token acting as the given user on the REST API.
     *
     * @param name          what it is for (e.g. "Export finances vers Civil Net")
     * @param ownerUsername the user it acts as
     * @param expiresOn     last valid day, or {@code null} for none
     * @return the token and its secret, shown once
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken create(String name, String ownerUsername, LocalDate expiresOn) {
        return create(name, ownerUsername, expiresOn, ApiTokenScope.API);
    }

    /**
     * Creates a token with a scope: {@link ApiTokenScope#API} acts as the user on the REST API,
     * {@link ApiTokenScope#METRICS} only reads the metrics (monitoring); the owner is who answers for it.
     *
     * @param name          what it is for (e.g. "Prometheus")
     * @param ownerUsername the user it acts as, or who answers for it
     * @param expiresOn     last valid day, or {@code null} for none
     * @param scope         what it opens
     * @return the token and its secret, shown once
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken create(String name, String ownerUsername, LocalDate expiresOn, ApiTokenScope scope) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", Messages.get("token.error.name"));
        }
        AppUser owner = users.findByUsernameIgnoreCase(ownerUsername == null ? "" : ownerUsername)
                .orElseThrow(
                        () -> new BusinessRuleException("owner", Messages.get("token.error.owner", ownerUsername)));
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("expiresOn", Messages.get("token.error.expired"));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(
                name.trim(),
                hash(secret),
                secret.substring(0, 10),
                owner,
                expiresOn,
                scope == null ? ApiTokenScope.API : scope));
        return new CreatedApiToken(token.toSummary(), secret);
    }

    /** @return a page of all tokens, revoked ones included */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<ApiTokenSummary> find(Pageable pageable) {
        return tokens.findAllBy(pageable).map(ApiToken::toSummary);
    }

    /** @return the number of tokens */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return tokens.count();
    }

    /**
     * Revokes a token at once; requests using it are refused from now on.
     *
     * @param id the token
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(Long id) {
        tokens.findById(id)
                .orElseThrow(() -> new NotFoundException("API token " + id))
                .revoke(Instant.now(clock));
    }

    /**
     * Checks a presented secret (called by the API filter before anyone is authenticated).
     *
     * @param secret the bearer secret
     * @return the owner's login when the token is active and made for the API
     */
    @Transactional
    Optional<String> authenticate(String secret) {
        return authenticate(secret, ApiTokenScope.API);
    }

    /**
     * Checks a presented secret for one scope: a token never opens what it was not made for.
     *
     * @param secret the bearer secret
     * @param scope  the scope the endpoint needs
     * @return the owner's login when the token is active and has that scope
     */
    @Transactional
    Optional<String> authenticate(String secret, ApiTokenScope scope) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> t.getScope() == scope)
                .filter(t -> t.isActive(LocalDate.now(clock)))
                .map(t -> {
                    t.markUsed(Instant.now(clock));
                    return t.getOwner().getUsername();
                });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
