package fr.levier.security;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional TOTP two-factor authentication (RFC 6238) with single-use recovery codes; an admin can
 * make it mandatory for ADMIN and FINANCE accounts. API tokens are unaffected (machines); HTTP Basic
 * is refused to accounts that use two-factor.
 */
@Service
public class TwoFactorService {

    static final String MANDATORY_SETTING = "security.two-factor.mandatory";
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final UserSessionRegistry sessions;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(AppUserRepository users, JdbcTemplate jdbc, Clock clock, UserSessionRegistry sessions) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** @return whether the signed-in user has two-factor switched on */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isEnabledForCurrentUser() {
        return current().getTotpEnabledAt() != null;
    }

    /**
     * Starts setting up an authenticator app for the signed-in user (a new secret, not yet active).
     *
     * @return the secret and the otpauth link
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public TotpEnrolment startEnrolment() {
        AppUser user = current();
        if (user.getTotpEnabledAt() != null) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.alreadyOn"));
        }
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = Base32.encode(key);
        user.setTotpSecret(secret);
        String label = URLEncoder.encode("Levier:" + user.getUsername(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return new TotpEnrolment(
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Levier&algorithm=SHA1&digits=" + Totp.DIGITS
                        + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Switches two-factor on once the user proves the app works.
     *
     * @param code a code from the app
     * @return the recovery codes, shown once (only their hashes are kept)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        AppUser user = current();
        if (user.getTotpSecret() == null || user.getTotpEnabledAt() != null) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.notStarted"));
        }
        if (!acceptTotp(user, code)) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.wrongCode"));
        }
        user.setTotpEnabledAt(clock.instant());
        return newRecoveryCodes(user);
    }

    /**
     * Checks the second factor of the signed-in user: a code from the app, or an unused recovery code
     * (then spent).
     *
     * @param code what the user typed
     * @return whether it is right
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean verifyCurrentUser(String code) {
        AppUser user = current();
        if (user.getTotpEnabledAt() == null || code == null) {
            return false;
        }
        String typed = code.replace(" ", "").trim();
        if (acceptTotp(user, typed)) {
            return true;
        }
        return spendRecoveryCode(user, typed);
    }

    /**
     * Replaces the recovery codes (e.g. after using some).
     *
     * @param code a current code from the app
     * @return the new codes, shown once
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> regenerateRecoveryCodes(String code) {
        AppUser user = current();
        if (user.getTotpEnabledAt() == null || !acceptTotp(user, code)) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.wrongCode"));
        }
        return newRecoveryCodes(user);
    }

    /**
     * Switches two-factor off for the signed-in user, unless it is mandatory for their role.
     *
     * @param code a current code from the app
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disableOwn(String code) {
        AppUser user = current();
        if (isMandatoryFor(user.getRole())) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.mandatoryForRole"));
        }
        if (user.getTotpEnabledAt() == null || !acceptTotp(user, code)) {
            throw new BusinessRuleException("code", fr.levier.shared.i18n.Messages.get("twoFactor.wrongCode"));
        }
        clear(user);
    }

    /**
     * Resets a user's two-factor (lost phone): they set it up again at next sign-in when it is
     * mandatory for them. Their open sessions end.
     *
     * @param userId the user
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        clear(user);
        sessions.endAllOf(user.getUsername(), "TWO_FACTOR_RESET");
    }

    /** @return whether two-factor is mandatory for ADMIN and FINANCE accounts */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isMandatory() {
        return mandatory();
    }

    /**
     * Makes two-factor mandatory (or optional again) for ADMIN and FINANCE accounts; those without it
     * set it up at their next page.
     *
     * @param mandatory the new rule
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setMandatory(boolean mandatory) {
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update app_setting set setting_value = ?, updated_at = ?, updated_by = ? where setting_key = ?",
                Boolean.toString(mandatory),
                now,
                by,
                MANDATORY_SETTING);
        if (updated == 0) {
            jdbc.update(
                    "insert into app_setting (setting_key, setting_value, updated_at, updated_by) values (?, ?, ?, ?)",
                    MANDATORY_SETTING,
                    Boolean.toString(mandatory),
                    now,
                    by);
        }
    }

    /** What a freshly signed-in session must still do (used by the gate filter, once per session). */
    @Transactional(readOnly = true)
    TwoFactorState stateAfterPassword(String username, Collection<? extends GrantedAuthority> authorities) {
        AppUser user = users.findByUsernameIgnoreCase(username).orElse(null);
        if (user == null) {
            return TwoFactorState.PASSED;
        }
        if (user.getTotpEnabledAt() != null) {
            return TwoFactorState.CHALLENGE;
        }
        return isMandatoryFor(user.getRole()) ? TwoFactorState.ENROL : TwoFactorState.PASSED;
    }

    /**
     * @return whether that user must not use HTTP Basic: a second factor would be skipped, whether the
     *     account has one or must have one (mandatory for its role, not yet enrolled)
     */
    @Transactional(readOnly = true)
    boolean usesTwoFactor(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(u -> u.getTotpEnabledAt() != null || isMandatoryFor(u.getRole()))
                .orElse(false);
    }

    private boolean isMandatoryFor(Role role) {
        return (role == Role.ADMIN || role == Role.FINANCE) && mandatory();
    }

    private boolean mandatory() {
        List<String> v = jdbc.queryForList(
                "select setting_value from app_setting where setting_key = ?", String.class, MANDATORY_SETTING);
        return !v.isEmpty() && Boolean.parseBoolean(v.get(0));
    }

    private boolean acceptTotp(AppUser user, String code) {
        if (user.getTotpSecret() == null) {
            return false;
        }
        long step = Totp.verify(Base32.decode(user.getTotpSecret()), code, clock.instant());
        if (step < 0 || (user.getTotpLastStep() != null && step <= user.getTotpLastStep())) {
            return false; // wrong, or already used: a code is accepted once
        }
        user.setTotpLastStep(step);
        return true;
    }

    private boolean spendRecoveryCode(AppUser user, String typed) {
        if (user.getTotpRecoveryHashes() == null || typed.isEmpty()) {
            return false;
        }
        String hash = sha256(typed.toLowerCase(Locale.ROOT).replace("-", ""));
        List<String> remaining =
                new ArrayList<>(Arrays.asList(user.getTotpRecoveryHashes().split(",")));
        boolean found = false;
        for (String h : remaining) {
            found |= MessageDigest.isEqual(
                    h.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
        }
        if (!found) {
            return false;
        }
        remaining.remove(hash);
        user.setTotpRecoveryHashes(String.join(",", remaining));
        return true;
    }

    private List<String> newRecoveryCodes(AppUser user) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder c = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                c.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(c.substring(0, 5) + "-" + c.substring(5));
            hashes.add(sha256(c.toString()));
        }
        user.setTotpRecoveryHashes(String.join(",", hashes));
        return codes;
    }

    private static void clear(AppUser user) {
        user.setTotpSecret(null);
        user.setTotpEnabledAt(null);
        user.setTotpRecoveryHashes(null);
        user.setTotpLastStep(null);
    }

    private AppUser current() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsernameIgnoreCase(name).orElseThrow(() -> new NotFoundException("User " + name));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
