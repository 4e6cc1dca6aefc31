package fr.levier.funding.ui;

import com.vaadin.flow.component.Component;
import fr.levier.funding.ClaimService;
import fr.levier.funding.FinancingPlanService;
import fr.levier.project.ui.ProjectTabProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three tabs funding adds to the project page: financing plan, commitments, claims. */
@Configuration
class FundingProjectTabs {

    @Bean
    ProjectTabProvider financingPlanTab(FinancingPlanService plans) {
        return tab("projects.tab.plan", 10, id -> new FinancingPlanPanel(plans, id));
    }

    @Bean
    ProjectTabProvider commitmentsTab(FinancingPlanService plans) {
        return tab("projects.tab.commitments", 20, id -> new ProjectCommitmentsPanel(plans, id));
    }

    @Bean
    ProjectTabProvider claimsTab(ClaimService claims, FinancingPlanService plans) {
        return tab("projects.tab.claims", 30, id -> new ProjectClaimsPanel(claims, plans, id));
    }

    private static ProjectTabProvider tab(String key, int order, java.util.function.LongFunction<Component> factory) {
        return new ProjectTabProvider() {
            @Override
            public String titleKey() {
                return key;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(long projectId) {
                return factory.apply(projectId);
            }
        };
    }
}
