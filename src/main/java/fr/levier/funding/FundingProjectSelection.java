package fr.levier.funding;

import fr.levier.project.ProjectSelectionProvider;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Offers the project list its "funder" and "at risk" selections. */
@Component
class FundingProjectSelection implements ProjectSelectionProvider {

    private final FinancingPlanService plans;

    FundingProjectSelection(FinancingPlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<Funder> funders() {
        return plans.funders().stream().map(p -> new Funder(p.id(), p.name())).toList();
    }

    @Override
    public Set<Long> fundedBy(long partnerId) {
        return plans.projectsFundedBy(partnerId);
    }

    @Override
    public Set<Long> atRisk() {
        return plans.atRiskProjectIds();
    }
}
