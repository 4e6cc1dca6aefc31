package fr.levier.security;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.SqlPatterns;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creates and manages user accounts. Admin only, except reading the list of officers. */
@Service
@Validated
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserSessionRegistry sessions;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, UserSessionRegistry sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    /**
     * A page of users whose login, name or e-mail contains the text.
     *
     * @param text     filter text, blank for all
     * @param pageable page and sort
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserSummary> find(String text, Pageable pageable) {
        return users.search(SqlPatterns.contains(text), pageable).map(AppUser::toSummary);
    }

    /** @return how many users match the filter text */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return users.countSearch(SqlPatterns.contains(text));
    }

    /**
     * Users who may be put in charge of partners and projects (enabled officers and admins), by name.
     *
     * @return id and display name of each
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<UserSummary> officers() {
        return users.findAll(org.springframework.data.domain.Sort.by("fullName")).stream()
                .filter(u -> u.isEnabled() && (u.getRole() == Role.OFFICER || u.getRole() == Role.ADMIN))
                .map(AppUser::toSummary)
                .toList();
    }

    /** @return the user with that id, if any */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<UserSummary> get(Long id) {
        return users.findById(id).map(AppUser::toSummary);
    }

    /** @return the user with that login, if any */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::toSummary);
    }

    /**
     * Creates a user.
     *
     * @param user what the admin entered
     * @return the created user
     * @throws BusinessRuleException when the login is taken
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(@Valid NewUser user) {
        return createUnchecked(user);
    }

    /** Creation without the caller check, for the bootstrap and demo data (package-private). */
    UserSummary createUnchecked(NewUser user) {
        return createUnchecked(user, passwordEncoder.encode(user.password()));
    }

    /**
     * Creates the demo accounts, which share one password: it is hashed once (a hash costs about 0.1 s
     * of CPU, a tenth of a second per account at the first start). Each hash still has its salt; sharing
     * one tells nothing the shared password does not.
     */
    void createAllUnchecked(List<NewUser> newUsers) {
        Map<String, String> hashes = new HashMap<>();
        newUsers.forEach(
                user -> createUnchecked(user, hashes.computeIfAbsent(user.password(), passwordEncoder::encode)));
    }

    private UserSummary createUnchecked(NewUser user, String passwordHash) {
        String username = user.username().trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleException("username", Messages.get("user.error.loginTaken", username));
        }
        if (!PasswordPolicy.isAcceptable(user.password())) {
            throw new BusinessRuleException(
                    "password", Messages.get("users.passwordTooShort", PasswordPolicy.MIN_LENGTH));
        }
        AppUser created =
                new AppUser(username, user.fullName().trim(), blankToNull(user.email()), user.role(), passwordHash);
        return users.save(created).toSummary();
    }

    /**
     * Changes a user's name, e-mail, role or enabled flag.
     *
     * @param id       the user
     * @param version  the version the admin saw; a different one means someone else changed it
     * @param fullName new display name
     * @param email    new e-mail
     * @param role     new role
     * @param enabled  whether the account may sign in
     * @return the updated user
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(Long id, long version, String fullName, String email, Role role, boolean enabled) {
        AppUser user = load(id, version);
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessRuleException("fullName", Messages.get("user.error.nameRequired"));
        }
        if (!fr.levier.shared.validation.SafeText.Validator.isSafe(fullName, false)) {
            throw new BusinessRuleException("fullName", Messages.get("user.error.unsafeName"));
        }
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new BusinessRuleException("role", Messages.get("user.error.lastAdmin"));
        }
        // a disabled account or a changed role must not keep a signed-in browser with its old rights
        if (user.isEnabled() && !enabled) {
            sessions.endAllOf(user.getUsername(), "USER_DISABLED");
        } else if (user.getRole() != role) {
            sessions.endAllOf(user.getUsername(), "ROLE_CHANGED");
        }
        user.setFullName(fullName.trim());
        user.setEmail(blankToNull(email));
        user.setRole(role);
        user.setEnabled(enabled);
        return users.saveAndFlush(user).toSummary();
    }

    /**
     * Sets a new password for a user (the admin gives it to them by a safe channel).
     *
     * @param id          the user
     * @param newPassword the new password, at least {@value PasswordPolicy#MIN_LENGTH} characters
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(Long id, String newPassword) {
        if (!PasswordPolicy.isAcceptable(newPassword)) {
            throw new BusinessRuleException(
                    "password", Messages.get("users.passwordTooShort", PasswordPolicy.MIN_LENGTH));
        }
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllOf(user.getUsername(), "PASSWORD_RESET");
    }

    /** @return whether an enabled administrator exists */
    @Transactional(readOnly = true)
    boolean hasEnabledAdmin() {
        return users.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    private AppUser load(Long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        user.requireVersion(version);
        return user;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
