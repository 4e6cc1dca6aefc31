package fr.levier.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every indicator of the scorecard: its perspective, unit, whether higher is better, and its trend
 * scale. The {@link #key()} is the stable name used by the API and the targets table.
 */
public enum IndicatorKey {
    /** Partner money awarded in the year (décisions of the year, loans excluded). */
    FUNDS_RAISED_YEAR("funds.raised.year", Perspective.FINANCIAL, Unit.MONEY, true, TrendScale.MONTHS),
    /** Partner money awarded since the beginning, at the end of each year. */
    FUNDS_RAISED_TOTAL("funds.raised.total", Perspective.FINANCIAL, Unit.MONEY, true, TrendScale.YEARS),
    /** Partner money cashed in the year (loans excluded). */
    CASHED_YEAR("funds.cashed.year", Perspective.FINANCIAL, Unit.MONEY, true, TrendScale.MONTHS),
    /** Partner money ÷ city money on the projects they fund (effet de levier). */
    LEVERAGE("leverage", Perspective.FINANCIAL, Unit.RATIO, true, TrendScale.NONE),
    /** Total investment of the portfolio ÷ city money. */
    INVESTMENT_CAPACITY("investment.capacity", Perspective.FINANCIAL, Unit.RATIO, true, TrendScale.NONE),
    /** Awarded money not yet cashed on grants whose lapse deadline has passed. */
    AMOUNT_AT_RISK("funds.atRisk", Perspective.FINANCIAL, Unit.MONEY, false, TrendScale.NONE),

    /** Partners in an active relationship. */
    PARTNERS_ACTIVE("partners.active", Perspective.PARTNERS, Unit.COUNT, true, TrendScale.MONTHS),
    /** Members of the InvestInRomans network. */
    INVEST_IN_ROMANS("partners.investInRomans", Perspective.PARTNERS, Unit.COUNT, true, TrendScale.MONTHS),
    /** Partners recorded in the year. */
    PARTNERS_NEW("partners.new", Perspective.PARTNERS, Unit.COUNT, true, TrendScale.MONTHS),
    /** Interactions (meetings, calls, visits…) in the current quarter. */
    INTERACTIONS_QUARTER("interactions.quarter", Perspective.PARTNERS, Unit.COUNT, true, TrendScale.MONTHS),
    /** Distinct contacts who received a newsletter in the year. */
    NEWSLETTER_REACH("newsletter.reach", Perspective.PARTNERS, Unit.COUNT, true, TrendScale.MONTHS),
    /** Contacts who left the newsletter list in the year. */
    NEWSLETTER_UNSUBSCRIBES("newsletter.unsubscribes", Perspective.PARTNERS, Unit.COUNT, false, TrendScale.MONTHS),

    /** Projects of the active file (neither completed nor abandoned). */
    ACTIVE_DOSSIERS("dossiers.active", Perspective.PROCESS, Unit.COUNT, true, TrendScale.NONE),
    /** Median days from opening (or submission) to decision, for decisions of the year. */
    INSTRUCTION_MEDIAN("instruction.median", Perspective.PROCESS, Unit.DAYS, false, TrendScale.YEARS),
    /** Last year's median instruction time ÷ this year's (4 = divided by four). */
    INSTRUCTION_SPEEDUP("instruction.speedup", Perspective.PROCESS, Unit.RATIO, true, TrendScale.NONE),
    /** Share of lapse deadlines met over the last 12 months. */
    DEADLINES_MET("deadlines.met", Perspective.PROCESS, Unit.PERCENT, true, TrendScale.NONE),
    /** Payment claims sent more than 90 days ago and not cashed. */
    CLAIMS_OVERDUE("claims.overdue", Perspective.PROCESS, Unit.COUNT, false, TrendScale.NONE),

    /** Training sessions held in the year (recorded by hand). */
    TRAINING_SESSIONS("learning.trainingSessions", Perspective.LEARNING, Unit.COUNT, true, TrendScale.MONTHS),
    /** MOOC participants in the year (recorded by hand). */
    MOOC_PARTICIPANTS("learning.moocParticipants", Perspective.LEARNING, Unit.COUNT, true, TrendScale.MONTHS),
    /** People trained in the year (recorded by hand). */
    PEOPLE_TRAINED("learning.peopleTrained", Perspective.LEARNING, Unit.COUNT, true, TrendScale.MONTHS);

    private final String key;
    private final Perspective perspective;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final TrendScale trendScale;

    IndicatorKey(String key, Perspective perspective, Unit unit, boolean higherIsBetter, TrendScale trendScale) {
        this.key = key;
        this.perspective = perspective;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.trendScale = trendScale;
    }

    /** @return the stable key, e.g. {@code funds.raised.year} */
    public String key() {
        return key;
    }

    /** @return the perspective it belongs to */
    public Perspective perspective() {
        return perspective;
    }

    /** @return how its value reads */
    public Unit unit() {
        return unit;
    }

    /** @return whether a value above the target is good (false: lower is better) */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** @return the steps of its trend */
    public TrendScale trendScale() {
        return trendScale;
    }

    /** @return whether an admin records its values by hand */
    public boolean manual() {
        return perspective == Perspective.LEARNING;
    }

    /** @return the indicators recorded by hand */
    public static List<IndicatorKey> manualOnes() {
        return Arrays.stream(values()).filter(IndicatorKey::manual).toList();
    }

    /**
     * @param key a stable key
     * @return the indicator, empty when unknown
     */
    public static Optional<IndicatorKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
