package fr.levier.funding;

import fr.levier.shared.audit.AuditedEntityType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding module's audited records whose history people may read. */
@Configuration
class FundingHistoryTypes {

    @Bean
    AuditedEntityType commitmentHistory() {
        return AuditedEntityType.of(Commitment.class, "VIEWER");
    }

    @Bean
    AuditedEntityType allocationHistory() {
        return AuditedEntityType.of(Allocation.class, "VIEWER");
    }

    @Bean
    AuditedEntityType programmeHistory() {
        return AuditedEntityType.of(FundingProgramme.class, "VIEWER");
    }

    @Bean
    AuditedEntityType claimHistory() {
        return AuditedEntityType.of(PaymentClaim.class, "VIEWER");
    }
}
