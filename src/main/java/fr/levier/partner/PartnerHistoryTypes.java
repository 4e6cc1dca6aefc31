package fr.levier.partner;

import fr.levier.shared.audit.AuditedEntityType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner module's audited records whose history people may read (History tabs, audit log). */
@Configuration
class PartnerHistoryTypes {

    @Bean
    AuditedEntityType partnerHistory() {
        return AuditedEntityType.of(Partner.class, "VIEWER", "normalizedName", "normalizedTown", "searchTokens");
    }

    @Bean
    AuditedEntityType contactHistory() {
        return AuditedEntityType.of(Contact.class, "VIEWER", "normalizedFirst", "normalizedLast");
    }

    @Bean
    AuditedEntityType affiliationHistory() {
        return AuditedEntityType.of(Affiliation.class, "VIEWER");
    }
}
