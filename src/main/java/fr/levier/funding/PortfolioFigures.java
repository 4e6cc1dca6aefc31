package fr.levier.funding;

import fr.levier.partner.PartnerType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Co-financing figures of the whole portfolio, computed from the data.
 *
 * @param partnerAwarded  awarded partner money allocated to projects (loans excluded)
 * @param partnerCashed   partner money cashed on those commitments
 * @param cityFunding     the city's own contribution to the projects that receive it
 * @param leverageAwarded awarded ÷ city, {@code null} without city money
 * @param leverageCashed  cashed ÷ city, {@code null} without city money
 * @param byFunderType    awarded partner money per funder type
 * @param leverageByType  leverage per funder type (that type's money ÷ the same city money)
 */
public record PortfolioFigures(
        BigDecimal partnerAwarded,
        BigDecimal partnerCashed,
        BigDecimal cityFunding,
        BigDecimal leverageAwarded,
        BigDecimal leverageCashed,
        Map<PartnerType, BigDecimal> byFunderType,
        Map<PartnerType, BigDecimal> leverageByType) {}
