package fr.levier.funding;

import fr.levier.funding.ui.PartnerFundingPanel;
import fr.levier.partner.PartnerTabProvider;

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
