package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's financing plan: who pays what, in the columns requested / awarded / signed / claimed /
 * cashed, the city's share, the leverage effect and the French rules' results.
 *
 * @param projectId        the project
 * @param projectCode      its code
 * @param projectName      its name
 * @param totalCostExclTax total cost HT
 * @param eligibleExpense  eligible expense
 * @param cityFunding      the city's own contribution
 * @param floorExemption   legal ground of a floor exemption, {@code null} when none
 * @param lines            one line per allocation (refused, lapsed and withdrawn ones are shown but not totalled)
 * @param totals           totals of the live lines
 * @param publicAid        public funders' money counted by the 20 % floor (awarded, or requested before award)
 * @param privateMoney     private partners' money (awarded, or requested before award)
 * @param leverageAwarded  awarded partner money ÷ city money, {@code null} ("—") without city money
 * @param leverageCashed   cashed partner money ÷ city money, {@code null} ("—") without city money
 * @param floor            the self-financing floor and eligible-expense checks
 * @param warnings         how many lines carry a warning (deadline near or overdue, parrainage)
 */
public record FinancingPlan(
        Long projectId,
        String projectCode,
        String projectName,
        BigDecimal totalCostExclTax,
        BigDecimal eligibleExpense,
        BigDecimal cityFunding,
        String floorExemption,
        List<FinancingPlanLine> lines,
        Totals totals,
        BigDecimal publicAid,
        BigDecimal privateMoney,
        BigDecimal leverageAwarded,
        BigDecimal leverageCashed,
        SelfFinancingFloor.Result floor,
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
