package fr.levier.funding;

import fr.levier.project.FloorTerms;
import java.math.BigDecimal;
import java.util.List;

/**
 * A project's financing plan: who pays what, in the columns requested / awarded / signed / claimed /
 * cashed, the city's share, the leverage effect and the French rules' results. Amounts are HT (the
 * eligible expense is compared with the cost HT); the FCTVA is computed on the eligible expense TTC.
 *
 * @param projectId          the project
 * @param projectCode        its code
 * @param projectName        its name
 * @param totalCostExclTax   total cost HT
 * @param totalCostInclTax   total cost TTC
 * @param eligibleExpense    eligible expense (HT)
 * @param eligibleWithinCost eligible expense ≤ cost HT (true when either is unknown)
 * @param cityFunding        the city's own contribution, its borrowing included
 * @param floorTerms         chef de file field, CTEC, recorded exemption and FCTVA base
 * @param rateSource         where the floor's rate comes from
 * @param lines              one line per allocation (refused, lapsed and withdrawn ones are shown but not totalled)
 * @param totals             totals of the live lines
 * @param publicAid          other public funders' grants and PPP (awarded, or requested before award)
 * @param privateMoney       private partners' grants, mécénat and PPP (awarded, or requested before award)
 * @param inKind             in-kind contributions, shown apart from leverage
 * @param sponsorship        parrainage (a sale of advertising), shown apart from leverage
 * @param loans              partners' loans: neither leverage nor public aid
 * @param leverageAwarded    awarded partner money ÷ city money, {@code null} ("—") without city money
 * @param leverageCashed     cashed partner money ÷ city money, {@code null} ("—") without city money
 * @param leverageDefinition how the leverage is computed, in the caller's language
 * @param floor              the self-financing floor and eligible-expense checks
 * @param fctva              expected FCTVA refund (16,404 % of the eligible TTC), {@code null} when none recorded
 * @param fondsDeConcours    the intercommunality's fonds de concours against its cap (CGCT L5216-5 VI)
 * @param warnings           how many lines carry a warning (deadline near or overdue, parrainage)
 */
public record FinancingPlan(
        Long projectId,
        String projectCode,
        String projectName,
        BigDecimal totalCostExclTax,
        BigDecimal totalCostInclTax,
        BigDecimal eligibleExpense,
        boolean eligibleWithinCost,
        BigDecimal cityFunding,
        FloorTerms floorTerms,
        SelfFinancingFloor.RateSource rateSource,
        List<FinancingPlanLine> lines,
        Totals totals,
        BigDecimal publicAid,
        BigDecimal privateMoney,
        BigDecimal inKind,
        BigDecimal sponsorship,
        BigDecimal loans,
        BigDecimal leverageAwarded,
        BigDecimal leverageCashed,
        String leverageDefinition,
        SelfFinancingFloor.Result floor,
        BigDecimal fctva,
        PublicMoneyChecks.FondsDeConcours fondsDeConcours,
        int warnings) {

    /**
     * Column totals.
     *
     * @param requested requested
     * @param awarded   awarded
     * @param signed    under a signed convention
     * @param claimed   claimed (sent or paid claims)
     * @param cashed    cashed
     */
    public record Totals(
            BigDecimal requested, BigDecimal awarded, BigDecimal signed, BigDecimal claimed, BigDecimal cashed) {}
}
