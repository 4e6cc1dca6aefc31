package fr.levier.funding;

import fr.levier.shared.FrenchFormats;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The 20 % floor and lapse warnings of the projects an import touched, read from their financing plans. */
final class ImportWarnings {

    private ImportWarnings() {}

    static List<String> of(FinancingPlanService plans, Set<Long> projectIds, Locale l) {
        List<String> warnings = new ArrayList<>();
        for (Long id : projectIds) {
            FinancingPlan plan = plans.plan(id);
            String project = plan.projectCode() + " " + plan.projectName();
            SelfFinancingFloor.Result f = plan.floor();
            if (f.status() == SelfFinancingFloor.Status.BROKEN) {
                String rate = f.rate()
                        .multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .toPlainString();
                warnings.add(project + " : "
                        + Messages.get(
                                l,
                                "floor.broken",
                                rate,
                                FrenchFormats.money(f.minimumCity(), l),
                                FrenchFormats.money(f.margin().negate(), l),
                                Messages.get(
                                        l,
                                        "floor.rateSource." + plan.rateSource().name(),
                                        plan.floorTerms().ctecReference())));
            }
            if (!f.aidWithinEligible()) {
                warnings.add(project + " : "
                        + Messages.get(
                                l,
                                "floor.aidAbove",
                                FrenchFormats.money(f.aidMargin().negate(), l)));
            }
            for (FinancingPlanLine line : plan.lines()) {
                LapseClock.Deadline d = line.deadline();
                if (line.counted() && d != null && d.state() != LapseClock.State.ON_TRACK) {
                    warnings.add(project + " : "
                            + Messages.get(
                                    l,
                                    "import.funding.lapse",
                                    line.partnerName(),
                                    FrenchFormats.date(d.date()),
                                    Messages.get(
                                            l,
                                            "import.funding.lapse." + d.state().name())));
                }
            }
        }
        return warnings;
    }
}
