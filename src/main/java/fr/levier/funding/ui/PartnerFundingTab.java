package fr.levier.funding.ui;

import fr.levier.funding.FinancingPlanService;
import fr.levier.partner.ui.PartnerTabProvider;

/** The "what this partner funds" tab of the partner page. */
@org.springframework.stereotype.Component
class PartnerFundingTab implements PartnerTabProvider {

    private final FinancingPlanService plans;

    PartnerFundingTab(FinancingPlanService plans) {
        this.plans = plans;
    }

    @Override
    public String titleKey() {
        return "partnerFunding.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(long partnerId) {
        return new PartnerFundingPanel(plans, partnerId);
    }
}
