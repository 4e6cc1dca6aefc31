package fr.levier.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    long countByRoleAndEnabledTrue(Role role);

    @Query("""
            select u from AppUser u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text or lower(u.email) like :text)
            """)
    Page<AppUser> search(String text, Pageable pageable);

    @Query("""
            select count(u) from AppUser u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text or lower(u.email) like :text)
            """)
    long countSearch(String text);

    @Modifying
    @Query("update AppUser u set u.lastLoginAt = CURRENT_TIMESTAMP where lower(u.username) = lower(:username)")
    void touchLastLogin(String username);
}
