package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a partner committed, to which projects, and what is still to be claimed.
 *
 * @param commitmentId the commitment
 * @param title        its title
 * @param kind         its kind
 * @param status       its status
 * @param requested    requested
 * @param awarded      awarded, may be {@code null}
 * @param claimed      claimed (sent or paid)
 * @param cashed       cashed
 * @param toClaim      awarded − claimed, zero when not awarded
 * @param projects     "code – name" of the projects it funds
 */
public record PartnerFundingLine(
        Long commitmentId,
        String title,
        CommitmentKind kind,
        CommitmentStatus status,
        BigDecimal requested,
        BigDecimal awarded,
        BigDecimal claimed,
        BigDecimal cashed,
        BigDecimal toClaim,
        List<String> projects) {}
