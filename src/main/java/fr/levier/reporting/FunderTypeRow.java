package fr.levier.reporting;

import fr.levier.partner.PartnerType;

/**
 * One line of the funding-by-funder-type report.
 *
 * @param type        the funder type
 * @param commitments number of commitments counted
 * @param amounts     the plan columns
 */
public record FunderTypeRow(PartnerType type, long commitments, FundingAmounts amounts) {}
