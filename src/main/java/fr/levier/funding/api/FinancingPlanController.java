package fr.levier.funding.api;

import fr.levier.funding.DeadlineLine;
import fr.levier.funding.FinancingPlan;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.LapseClock;
import fr.levier.funding.PortfolioFigures;
import fr.levier.funding.PortfolioFilter;
import fr.levier.shared.api.InvalidParametersException;
import fr.levier.shared.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    @Operation(summary = "Open grants whose next lapse deadline falls in a window, soonest first", description = """
                    Default window: every overdue deadline and those within the next 90 days (`days`). With `from` \
                    and/or `to` (yyyy-MM-dd, inclusive) the window is those dates instead: no `from` keeps the overdue \
                    ones, no `to` means today + 90 days. `from` after `to` is a 400.""")
    List<DeadlineLine> deadlines(
            @Parameter(description = "horizon in days from today when no dates are given (default 90)")
                    @RequestParam(defaultValue = "" + LapseClock.NEAR_DAYS)
                    int days,
            @Parameter(description = "first deadline date listed (yyyy-MM-dd); none: overdue ones included")
                    @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "last deadline date listed (yyyy-MM-dd); none: today + 90 days")
                    @RequestParam(required = false)
                    LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParametersException(Map.of("from", Messages.get("deadlines.error.fromAfterTo")));
        }
        if (from == null && to == null) {
            return plans.deadlines(days);
        }
        return plans.deadlines(from, to);
    }
}
