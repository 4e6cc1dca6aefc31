package fr.levier.funding.api;

import fr.levier.funding.DeadlineLine;
import fr.levier.funding.FinancingPlan;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.LapseClock;
import fr.levier.funding.PortfolioFigures;
import fr.levier.funding.PortfolioFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Financing plans, portfolio figures and deadlines. */
@RestController
@Tag(name = "Financing plans")
@PreAuthorize("hasRole('VIEWER')")
class FinancingPlanController {

    private final FinancingPlanService plans;

    FinancingPlanController(FinancingPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/projects/{id}/financing-plan")
    @Operation(
            summary =
                    "A project's financing plan: lines requested/awarded/signed/claimed/cashed, totals, leverage (null = undefined) and rule results")
    FinancingPlan plan(@PathVariable long id) {
        return plans.plan(id);
    }

    @GetMapping("/api/funding/portfolio")
    @Operation(
            summary = "The portfolio's partner money, city money and leverage (awarded and cashed), per funder type;"
                    + " optionally for commitments awarded (decided) between two dates and for a set of projects."
                    + " Leverage = partner money (grants, mécénat, PPP) ÷ city money; in-kind and parrainage apart,"
                    + " loans and FCTVA out")
    PortfolioFigures portfolio(
            @Parameter(description = "first decision date counted (yyyy-MM-dd)") @RequestParam(required = false)
                    LocalDate awardedFrom,
            @Parameter(description = "last decision date counted (yyyy-MM-dd)") @RequestParam(required = false)
                    LocalDate awardedTo,
            @Parameter(description = "projects counted (repeat the parameter); all when absent")
                    @RequestParam(required = false)
                    Set<Long> projectId) {
        return plans.portfolio(new PortfolioFilter(awardedFrom, awardedTo, projectId));
    }

    @GetMapping("/api/funding/deadlines")
    @Operation(summary = "Open grants whose next lapse deadline is overdue or within the horizon (days, default 90)")
    List<DeadlineLine> deadlines(@RequestParam(defaultValue = "" + LapseClock.NEAR_DAYS) int days) {
        return plans.deadlines(days);
    }
}
