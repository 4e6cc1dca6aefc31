package fr.levier.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.levier.funding.FinancingPlan;
import fr.levier.funding.PublicMoneyChecks;
import fr.levier.funding.SelfFinancingFloor;
import fr.levier.shared.FrenchFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rule badges of a financing plan: floor (and its ways out), public aid, eligible expense, fonds de concours. */
final class PlanFlags {

    private final Component owner;
    private final FinancingPlan plan;
    private final Locale locale;

    PlanFlags(Component owner, FinancingPlan plan, Locale locale) {
        this.owner = owner;
        this.plan = plan;
        this.locale = locale;
    }

    List<Span> all() {
        List<Span> out = new ArrayList<>();
        out.add(floor());
        SelfFinancingFloor.Result f = plan.floor();
        if (f.takeOverFromOthers() != null) {
            Span take = Labels.badge(t("floor.takeOver", money(f.takeOverFromOthers())), "error");
            take.setId("plan-floor-take-over");
            out.add(take);
            Span add = f.addCityMoney() == null
                    ? Labels.badge(t("floor.addImpossible"), "error")
                    : Labels.badge(
                            t(
                                    f.addCityKeepsAidWithinEligible() ? "floor.addCity" : "floor.addCityAboveEligible",
                                    money(f.addCityMoney())),
                            "error");
            add.setId("plan-floor-add-city");
            out.add(add);
        }
        if (f.aidMargin() != null) {
            Span aid = f.aidWithinEligible()
                    ? Labels.badge(t("floor.aidOk", money(f.aidMargin())), "success")
                    : Labels.badge(t("floor.aidAbove", money(f.aidMargin().negate())), "error");
            aid.setId("plan-aid");
            out.add(aid);
        }
        if (!plan.eligibleWithinCost()) {
            Span e = Labels.badge(t("plan.eligibleAboveHt"), "error");
            e.setId("plan-eligible-above-ht");
            out.add(e);
        }
        PublicMoneyChecks.FondsDeConcours fc = plan.fondsDeConcours();
        if (fc.amount().signum() > 0) {
            Span c = fc.withinCap()
                    ? Labels.badge(t("plan.fondsDeConcoursOk", money(fc.amount()), money(fc.cap())), "success")
                    : Labels.badge(
                            t(
                                    "plan.fondsDeConcoursAbove",
                                    money(fc.amount()),
                                    money(fc.margin().negate())),
                            "error");
            c.setId("plan-fonds-de-concours");
            out.add(c);
        }
        return out;
    }

    private Span floor() {
        SelfFinancingFloor.Result f = plan.floor();
        String rate = f.rate() == null
                ? ""
                : f.rate().multiply(new BigDecimal(100)).stripTrailingZeros().toPlainString();
        String source = t(
                "floor.rateSource." + plan.rateSource().name(),
                plan.floorTerms().ctecReference());
        Span s =
                switch (f.status()) {
                    case NOT_APPLICABLE -> Labels.badge(t("floor.notApplicable"), "contrast");
                    case EXEMPT ->
                        Labels.badge(
                                t(
                                        "floor.exempt." + f.exemption().name(),
                                        plan.floorTerms().exemptionReference() == null
                                                ? ""
                                                : plan.floorTerms().exemptionReference(),
                                        plan.floorTerms().exemptionDecidedOn() == null
                                                ? ""
                                                : FrenchFormats.date(
                                                        plan.floorTerms().exemptionDecidedOn()),
                                        money(f.minimumCity()),
                                        money(f.margin())),
                                "contrast");
                    case MET ->
                        Labels.badge(
                                t("floor.met", rate, money(f.minimumCity()), money(f.margin()), source), "success");
                    case BROKEN ->
                        Labels.badge(
                                t(
                                        "floor.broken",
                                        rate,
                                        money(f.minimumCity()),
                                        money(f.margin().negate()),
                                        source),
                                "error");
                };
        s.setId("plan-floor");
        return s;
    }

    private String money(BigDecimal v) {
        return FrenchFormats.money(v, locale);
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
