package fr.levier.reporting;

import fr.levier.funding.SelfFinancingFloor;
import java.math.BigDecimal;

/**
 * One line of the funding-by-project report. A commitment split across projects counts pro rata of its
 * allocation, exactly as in the project's financing plan.
 *
 * @param projectId   the project
 * @param code        its code
 * @param name        its name
 * @param officer     the officer in charge (username), may be {@code null}
 * @param amounts     the plan columns
 * @param cityFunding the city's own contribution (autofinancement)
 * @param leverage    awarded partner money (loans excluded) ÷ city money, {@code null} without city money
 * @param floor       the 20 % self-financing floor (CGCT L1111-10) status
 * @param floorBroken whether the floor or the eligible-expense cap is broken
 * @param lapseAtRisk whether a grant of the project has a lapse deadline overdue or within 90 days
 */
public record ProjectFundingRow(
        Long projectId,
        String code,
        String name,
        String officer,
        FundingAmounts amounts,
        BigDecimal cityFunding,
        BigDecimal leverage,
        SelfFinancingFloor.Status floor,
        boolean floorBroken,
        boolean lapseAtRisk) {}
