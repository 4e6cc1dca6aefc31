package fr.levier.newsletter;

import fr.levier.shared.audit.AuditedEntityType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsletter module's audited records whose history people may read (History tab, audit log). */
@Configuration
class NewsletterHistoryTypes {

    @Bean
    AuditedEntityType campaignHistory() {
        return AuditedEntityType.of(Campaign.class, "VIEWER");
    }
}
