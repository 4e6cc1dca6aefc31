package fr.levier.reporting;

import fr.levier.partner.PartnerType;

/**
 * One line of the funding-by-partner report: the whole of each commitment (allocated or not).
 *
 * @param partnerId   the funder
 * @param name        its name
 * @param type        its type
 * @param commitments number of commitments counted
 * @param amounts     the plan columns
 */
public record PartnerFundingRow(
        Long partnerId, String name, PartnerType type, long commitments, FundingAmounts amounts) {}
