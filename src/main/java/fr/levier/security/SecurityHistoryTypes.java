package fr.levier.security;

import fr.levier.shared.audit.AuditedEntityType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** User accounts' history: admins only (it shows who held which role when). */
@Configuration
class SecurityHistoryTypes {

    @Bean
    AuditedEntityType userHistory() {
        return AuditedEntityType.of(AppUser.class, Role.ADMIN_NAME, "passwordHash", "lastLoginAt");
    }
}
