package fr.levier.funding;

import fr.levier.partner.PartnerType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Co-financing figures of the portfolio (or of a period and a set of projects), computed by SQL aggregates.
 * Leverage = partner money (grants, mécénat, PPP) ÷ city money of the projects that receive some; in-kind
 * and parrainage are shown apart, loans and the FCTVA are left out.
 *
 * @param filter             what was counted
 * @param partnerAwarded     awarded partner money allocated to projects (grants, mécénat, PPP)
 * @param partnerCashed      partner money cashed on those allocations, pro rata of each allocation
 * @param cityFunding        the city's own contribution to the projects that receive some
 * @param leverageAwarded    awarded ÷ city, {@code null} without city money
 * @param leverageCashed     cashed ÷ city, {@code null} without city money
 * @param inKind             in-kind contributions allocated (not in leverage)
 * @param sponsorship        parrainage allocated (not in leverage)
 * @param byFunderType       awarded partner money per funder type
 * @param leverageByType     leverage per funder type (that type's money ÷ the same city money)
 * @param leverageDefinition how the leverage is computed, in the caller's language
 */
public record PortfolioFigures(
        PortfolioFilter filter,
        BigDecimal partnerAwarded,
        BigDecimal partnerCashed,
        BigDecimal cityFunding,
        BigDecimal leverageAwarded,
        BigDecimal leverageCashed,
        BigDecimal inKind,
        BigDecimal sponsorship,
        Map<PartnerType, BigDecimal> byFunderType,
        Map<PartnerType, BigDecimal> leverageByType,
        String leverageDefinition) {}
