package fr.levier.security;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A person who signs in to Levier. The password is stored as a BCrypt hash only. */
@Entity
@Table(name = "app_user")
@Audited
class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 200)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** TOTP secret (base32); set at enrolment, active once {@link #totpEnabledAt} is set. */
    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @NotAudited
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** SHA-256 of the unused recovery codes, comma-separated. */
    @NotAudited
    @Column(name = "totp_recovery_hashes", length = 1000)
    private String totpRecoveryHashes;

    /** Last accepted time step: a code is never accepted twice. */
    @NotAudited
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected AppUser() {}

    String getTotpSecret() {
        return totpSecret;
    }

    void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }

    Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    void setTotpEnabledAt(Instant totpEnabledAt) {
        this.totpEnabledAt = totpEnabledAt;
    }

    String getTotpRecoveryHashes() {
        return totpRecoveryHashes;
    }

    void setTotpRecoveryHashes(String totpRecoveryHashes) {
        this.totpRecoveryHashes = totpRecoveryHashes;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(Long totpLastStep) {
        this.totpLastStep = totpLastStep;
    }

    AppUser(String username, String fullName, String email, Role role, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    String getUsername() {
        return username;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    UserSummary toSummary() {
        return new UserSummary(getId(), username, fullName, email, role, enabled, lastLoginAt, getVersion());
    }
}
