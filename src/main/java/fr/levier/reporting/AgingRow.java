package fr.levier.reporting;

import fr.levier.partner.PartnerType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One awarded commitment with money still to come, in the receivables-aging report. Ages are counted
 * from the date each claim was sent to the report's date.
 *
 * @param commitmentId      the commitment
 * @param title             its title
 * @param partnerName       the funder
 * @param funderType        its type
 * @param days0to30         claimed, not cashed, sent 0–30 days ago
 * @param days31to60        31–60 days
 * @param days61to90        61–90 days
 * @param over90            more than 90 days
 * @param claimedNotCashed  the four bands summed
 * @param awardedNotClaimed awarded − claimed
 * @param deadline          next lapse deadline, {@code null} when none runs
 * @param atRisk            deadline overdue or within 90 days
 */
public record AgingRow(
        Long commitmentId,
        String title,
        String partnerName,
        PartnerType funderType,
        BigDecimal days0to30,
        BigDecimal days31to60,
        BigDecimal days61to90,
        BigDecimal over90,
        BigDecimal claimedNotCashed,
        BigDecimal awardedNotClaimed,
        LocalDate deadline,
        boolean atRisk) {}
