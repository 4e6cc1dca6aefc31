package fr.levier.funding;

import fr.levier.partner.PartnerType;
import java.math.BigDecimal;

/**
 * One funder's part in a project's financing plan (one allocation). For a commitment split across
 * several projects, each column is the commitment's figure pro rata of the allocation.
 *
 * @param allocationId      the allocation
 * @param commitmentId      the commitment
 * @param partnerId         the funder
 * @param partnerName       its name
 * @param partnerType       its type
 * @param publicFunder      public money (counts in the 20 % floor)
 * @param title             the commitment's title
 * @param kind              grant, mécénat…
 * @param programmeCode     programme, may be {@code null}
 * @param status            the commitment's status
 * @param requested         requested
 * @param awarded           awarded, zero before the award
 * @param signed            under a signed convention
 * @param claimed           claimed
 * @param cashed            cashed
 * @param deadline          next lapse deadline, {@code null} when none runs
 * @param sponsoringWarning mécénat whose counterparts exceed 25 %: parrainage
 * @param counted           counted in the totals (not refused, lapsed or withdrawn)
 */
public record FinancingPlanLine(
        Long allocationId,
        Long commitmentId,
        Long partnerId,
        String partnerName,
        PartnerType partnerType,
        boolean publicFunder,
        String title,
        CommitmentKind kind,
        String programmeCode,
        CommitmentStatus status,
        BigDecimal requested,
        BigDecimal awarded,
        BigDecimal signed,
        BigDecimal claimed,
        BigDecimal cashed,
        LapseClock.Deadline deadline,
        boolean sponsoringWarning,
        boolean counted) {}
