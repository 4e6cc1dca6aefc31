package fr.levier.project;

import fr.levier.shared.audit.AuditedEntityType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project module's audited records whose history people may read. */
@Configuration
class ProjectHistoryTypes {

    @Bean
    AuditedEntityType projectHistory() {
        return AuditedEntityType.of(Project.class, "VIEWER");
    }
}
