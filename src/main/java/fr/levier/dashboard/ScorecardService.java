package fr.levier.dashboard;

import fr.levier.funding.Leverage;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The Balanced Scorecard: computes every indicator from SQL aggregates, with its target of the year
 * and its trend; admins set targets and record the learning figures.
 */
@Service
@Validated
public class ScorecardService {

    /** Claims sent longer ago than this and not cashed are overdue (the receivables' last age band). */
    public static final int CLAIM_OVERDUE_DAYS = 90;

    /** Years shown in yearly trends. */
    public static final int TREND_YEARS = 5;

    private final IndicatorQueries queries;
    private final FinancialSource financial;
    private final ObjectProvider<NewsletterFiguresProvider> newsletter;
    private final ScorecardTargetRepository targets;
    private final LearningEntryRepository learning;
    private final ScorecardSnapshots snapshots;
    private final ScorecardSnapshotSettings settings;
    private final Clock clock;

    ScorecardService(
            IndicatorQueries queries,
            FinancialSource financial,
            ObjectProvider<NewsletterFiguresProvider> newsletter,
            ScorecardTargetRepository targets,
            LearningEntryRepository learning,
            ScorecardSnapshots snapshots,
            ScorecardSnapshotSettings settings,
            Clock clock) {
        this.snapshots = snapshots;
        this.settings = settings;
        this.queries = queries;
        this.financial = financial;
        this.newsletter = newsletter;
        this.targets = targets;
        this.learning = learning;
        this.clock = clock;
    }

    /** @return the scorecard today */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Scorecard scorecard() {
        return compute(LocalDate.now(clock));
    }

    /**
     * The scorecard as the dashboard and {@code GET /api/dashboard} serve it: the stored snapshot (one
     * row read, whatever the size of the data) with the year's targets applied now, and the time its
     * figures were computed; computed at once when there is none yet. With
     * {@code levier.dashboard.snapshot.enabled=false} (the tests) it is computed on every call.
     *
     * @return the scorecard served
     */
    @Transactional
    @PreAuthorize("hasRole('VIEWER')")
    public ServedScorecard served() {
        if (!settings.enabled()) {
            return new ServedScorecard(compute(LocalDate.now(clock)), clock.instant(), false);
        }
        return snapshots
                .read()
                .map(s -> new ServedScorecard(
                        withTargets(s.scorecard()),
                        s.computedAt(),
                        s.staleSince() != null || !s.scorecard().asOf().equals(LocalDate.now(clock))))
                .orElseGet(this::computeAndStore);
    }

    /**
     * Computes the scorecard now and stores it as the snapshot every node serves (the Refresh button).
     *
     * @return the scorecard just computed
     */
    @Transactional
    @PreAuthorize("hasRole('VIEWER')")
    public ServedScorecard refresh() {
        return computeAndStore();
    }

    /** Computes today's figures and stores them (the background job calls it in its own transaction). */
    ServedScorecard computeAndStore() {
        // microseconds: what the DATETIME(6) column keeps, so the time served is the time stored
        Instant started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long t = System.nanoTime();
        Scorecard s = compute(LocalDate.now(clock));
        Instant done = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        snapshots.store(s, started, done, (System.nanoTime() - t) / 1_000_000);
        return new ServedScorecard(s, done, false);
    }

    /** The snapshot's figures with the targets set now (a target changed since is shown at once). */
    private Scorecard withTargets(Scorecard s) {
        Map<IndicatorKey, BigDecimal> goals = targets(s.year());
        return new Scorecard(
                s.year(),
                s.asOf(),
                s.indicators().stream()
                        .map(i -> new Indicator(
                                i.key(),
                                i.value(),
                                goals.get(i.key()),
                                TargetStatus.of(
                                        i.value(), goals.get(i.key()), i.key().higherIsBetter()),
                                i.trend(),
                                i.details(),
                                i.link()))
                        .toList(),
                s.charts());
    }

    /**
     * @param asOf the date the figures are computed at (targets of its year)
     * @return the scorecard at that date
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Scorecard scorecardAt(LocalDate asOf) {
        return compute(asOf);
    }

    /**
     * @param year a year
     * @return the targets set for that year
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Map<IndicatorKey, BigDecimal> targets(int year) {
        Map<IndicatorKey, BigDecimal> out = new EnumMap<>(IndicatorKey.class);
        for (ScorecardTarget t : targets.findByYear(year)) {
            IndicatorKey.byKey(t.getIndicatorKey()).ifPresent(k -> out.put(k, t.getValue()));
        }
        return out;
    }

    /**
     * Sets (or, with {@code null}, removes) the target of an indicator for a year.
     *
     * @param key   the indicator
     * @param year  the year (2000–2100)
     * @param value the target, {@code null} to remove it
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setTarget(IndicatorKey key, int year, BigDecimal value) {
        if (year < 2000 || year > 2100) {
            throw new fr.levier.shared.BusinessRuleException("year", Messages.get("dashboard.error.year"));
        }
        if (value != null && (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 17)) {
            throw new fr.levier.shared.BusinessRuleException("value", Messages.get("dashboard.error.target"));
        }
        var existing = targets.findByIndicatorKeyAndYear(key.key(), year);
        if (value == null) {
            existing.ifPresent(targets::delete);
            return;
        }
        ScorecardTarget t = existing.orElseGet(() -> new ScorecardTarget(key.key(), year));
        t.setValue(value.setScale(2, RoundingMode.UNNECESSARY));
        targets.save(t);
    }

    /**
     * Records a learning figure.
     *
     * @param input what to record
     * @return the record
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public LearningRecord recordLearning(@jakarta.validation.Valid LearningInput input) {
        if (!input.indicator().manual()) {
            throw new fr.levier.shared.BusinessRuleException("indicator", Messages.get("dashboard.error.manualOnly"));
        }
        if (input.recordedOn().isAfter(LocalDate.now(clock))) {
            throw new fr.levier.shared.BusinessRuleException("recordedOn", Messages.get("dashboard.error.future"));
        }
        return learning.save(new LearningEntry(input)).toRecord();
    }

    /**
     * @param year     a year
     * @param pageable page and sort ({@code recordedOn})
     * @return the learning figures recorded for that year
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<LearningRecord> learning(int year, Pageable pageable) {
        return learning.findByRecordedOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable)
                .map(LearningEntry::toRecord);
    }

    /** @return how many learning figures were recorded for that year */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countLearning(int year) {
        return learning.countByRecordedOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Removes a learning figure recorded by mistake. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteLearning(long id) {
        learning.deleteById(id);
    }

    private Scorecard compute(LocalDate asOf) {
        Period p = new Period(asOf);
        Map<IndicatorKey, BigDecimal> goals = targets(p.year);
        List<Indicator> out = new ArrayList<>();
        IndicatorBuilder b = (key, value, trend, details, link) -> out.add(new Indicator(
                key,
                value,
                goals.get(key),
                TargetStatus.of(value, goals.get(key), key.higherIsBetter()),
                trend,
                details,
                link));

        financial(p, b);
        partners(p, b);
        Map<Integer, Map<String, Map<Long, Long>>> instruction =
                queries.instructionDays(LocalDate.of(p.year - TREND_YEARS + 1, 1, 1), asOf);
        process(p, b, instruction);
        Map<String, BigDecimal> learned = queries.learning(p.yearStart, asOf);
        for (IndicatorKey k : IndicatorKey.manualOnes()) {
            b.add(
                    k,
                    learned.getOrDefault(k.key(), BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP),
                    p.monthly(queries.learningByMonth(k.key(), p.trendStart, asOf)),
                    Map.of(),
                    "dashboard/learning");
        }
        return new Scorecard(p.year, asOf, List.copyOf(out), charts(p, instruction));
    }

    private void financial(Period p, IndicatorBuilder b) {
        // one grouped query gives the year, the 12 months, the cumulated total and its yearly trend
        LocalDate origin = LocalDate.of(1900, 1, 1);
        Map<YearMonth, BigDecimal> awarded = financial.awardedByMonth(origin, p.asOf);
        b.add(
                IndicatorKey.FUNDS_RAISED_YEAR,
                sum(awarded, m -> m.getYear() == p.year),
                p.monthly(awarded),
                Map.of(),
                financial.link(IndicatorKey.FUNDS_RAISED_YEAR));
        b.add(
                IndicatorKey.FUNDS_RAISED_TOTAL,
                sum(awarded, m -> true),
                p.yearly(y -> sum(awarded, m -> m.getYear() <= y)),
                Map.of(),
                financial.link(IndicatorKey.FUNDS_RAISED_TOTAL));
        b.add(
                IndicatorKey.CASHED_YEAR,
                financial.cashed(p.yearStart, p.asOf),
                p.monthly(financial.cashedByMonth(p.trendStart, p.asOf)),
                Map.of(),
                financial.link(IndicatorKey.CASHED_YEAR));
        b.add(IndicatorKey.LEVERAGE, financial.leverage(), List.of(), Map.of(), financial.link(IndicatorKey.LEVERAGE));
        BigDecimal[] inv = queries.investmentAndCityMoney();
        b.add(
                IndicatorKey.INVESTMENT_CAPACITY,
                Leverage.ratio(inv[0], inv[1]),
                List.of(),
                details("investment", inv[0], "cityMoney", inv[1]),
                "projects");
        b.add(
                IndicatorKey.AMOUNT_AT_RISK,
                financial.amountAtRisk(p.asOf),
                List.of(),
                Map.of(),
                financial.link(IndicatorKey.AMOUNT_AT_RISK));
    }

    private void partners(Period p, IndicatorBuilder b) {
        b.add(
                IndicatorKey.PARTNERS_ACTIVE,
                count(queries.activePartners()),
                p.stock(day -> count(queries.activePartnersCreatedBefore(day))),
                Map.of(),
                "partners?status=ACTIVE");
        b.add(
                IndicatorKey.INVEST_IN_ROMANS,
                count(queries.investInRomansMembers()),
                p.stock(day -> count(queries.membersBefore(day))),
                Map.of(),
                "partners?investInRomans=true");
        b.add(
                IndicatorKey.PARTNERS_NEW,
                count(queries.partnersCreated(
                        p.yearStart.atStartOfDay(clock.getZone()).toInstant(),
                        p.asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant())),
                p.monthly(queries.partnersCreatedByMonth(p.trendStart, p.asOf)),
                Map.of(),
                "partners?createdFrom=" + p.yearStart + "&createdTo=" + p.asOf);
        b.add(
                IndicatorKey.INTERACTIONS_QUARTER,
                count(queries.interactions(p.quarterStart, p.asOf)),
                p.monthly(queries.interactionsByMonth(p.trendStart, p.asOf)),
                Map.of(),
                "partners");
        NewsletterFiguresProvider provider = newsletter.getIfAvailable();
        if (provider == null) {
            b.add(IndicatorKey.NEWSLETTER_REACH, null, List.of(), Map.of(), null);
            b.add(IndicatorKey.NEWSLETTER_UNSUBSCRIBES, null, List.of(), Map.of(), null);
            return;
        }
        NewsletterFigures year = provider.figures(p.yearStart, p.asOf);
        List<NewsletterFigures> months = new ArrayList<>();
        for (YearMonth m : p.months) {
            months.add(provider.figures(m.atDay(1), m.atEndOfMonth().isAfter(p.asOf) ? p.asOf : m.atEndOfMonth()));
        }
        b.add(
                IndicatorKey.NEWSLETTER_REACH,
                count(year.contactsReached()),
                p.series(months, f -> count(f.contactsReached())),
                details("messagesSent", count(year.messagesSent())),
                "newsletters");
        b.add(
                IndicatorKey.NEWSLETTER_UNSUBSCRIBES,
                count(year.unsubscribes()),
                p.series(months, f -> count(f.unsubscribes())),
                Map.of(),
                "newsletters");
    }

    private void process(Period p, IndicatorBuilder b, Map<Integer, Map<String, Map<Long, Long>>> instruction) {
        b.add(IndicatorKey.ACTIVE_DOSSIERS, count(queries.activeDossiers()), List.of(), Map.of(), "projects");
        BigDecimal thisYear = medianOfYear(instruction, p.year);
        BigDecimal lastYear = medianOfYear(instruction, p.year - 1);
        b.add(
                IndicatorKey.INSTRUCTION_MEDIAN,
                thisYear,
                p.yearly(y -> medianOfYear(instruction, y)),
                Map.of(),
                "commitments");
        BigDecimal speedup = thisYear == null || lastYear == null || thisYear.signum() == 0
                ? null
                : lastYear.divide(thisYear, 2, RoundingMode.HALF_UP);
        b.add(
                IndicatorKey.INSTRUCTION_SPEEDUP,
                speedup,
                List.of(),
                details("lastYear", lastYear, "thisYear", thisYear),
                "commitments");
        long[] deadlines = queries.deadlinesMetAndMissed(p.asOf.minusYears(1).plusDays(1), p.asOf, p.asOf);
        long judged = deadlines[0] + deadlines[1];
        b.add(
                IndicatorKey.DEADLINES_MET,
                judged == 0
                        ? null
                        : BigDecimal.valueOf(deadlines[0] * 100)
                                .divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP),
                List.of(),
                details("met", count(deadlines[0]), "missed", count(deadlines[1])),
                financial.link(IndicatorKey.DEADLINES_MET));
        b.add(
                IndicatorKey.CLAIMS_OVERDUE,
                count(queries.claimsOverdue(p.asOf.minusDays(CLAIM_OVERDUE_DAYS))),
                List.of(),
                Map.of(),
                financial.link(IndicatorKey.CLAIMS_OVERDUE));
    }

    private Charts charts(Period p, Map<Integer, Map<String, Map<Long, Long>>> instruction) {
        Map<String, List<TrendPoint>> byType = new TreeMap<>();
        instruction.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .forEach(type -> byType.put(
                        type,
                        p.yearly(y ->
                                Median.of(instruction.getOrDefault(y, Map.of()).getOrDefault(type, Map.of())))));
        return new Charts(
                financial.awardedByFunderType(),
                queries.pipeline(),
                p.monthly(financial.cashedByMonth(p.trendStart, p.asOf)),
                p.yearly(y -> medianOfYear(instruction, y)),
                byType);
    }

    private static BigDecimal medianOfYear(Map<Integer, Map<String, Map<Long, Long>>> instruction, int year) {
        return Median.of(Median.merge(instruction.getOrDefault(year, Map.of()).values()));
    }

    private static BigDecimal sum(Map<YearMonth, BigDecimal> byMonth, java.util.function.Predicate<YearMonth> keep) {
        return byMonth.entrySet().stream()
                .filter(e -> keep.test(e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }

    private static Map<String, BigDecimal> details(Object... pairs) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (BigDecimal) pairs[i + 1]);
        }
        return out;
    }

    @FunctionalInterface
    private interface IndicatorBuilder {
        void add(
                IndicatorKey key,
                BigDecimal value,
                List<TrendPoint> trend,
                Map<String, BigDecimal> details,
                String link);
    }

    /** The periods of one computation: the year so far, the quarter, the 12 trend months. */
    private static final class Period {
        final LocalDate asOf;
        final int year;
        final LocalDate yearStart;
        final LocalDate quarterStart;
        final LocalDate trendStart;
        final List<YearMonth> months;

        Period(LocalDate asOf) {
            this.asOf = asOf;
            this.year = asOf.getYear();
            this.yearStart = LocalDate.of(year, 1, 1);
            this.quarterStart = LocalDate.of(year, ((asOf.getMonthValue() - 1) / 3) * 3 + 1, 1);
            YearMonth first = YearMonth.from(asOf).minusMonths(11);
            this.trendStart = first.atDay(1);
            this.months = IndicatorQueries.months(first, YearMonth.from(asOf));
        }

        LocalDate endOfYear(int y) {
            LocalDate end = LocalDate.of(y, 12, 31);
            return end.isAfter(asOf) ? asOf : end;
        }

        /** Monthly flows: a value per month, zero when nothing happened. */
        List<TrendPoint> monthly(Map<YearMonth, BigDecimal> values) {
            return months.stream()
                    .map(m -> new TrendPoint(m.toString(), values.getOrDefault(m, BigDecimal.ZERO)))
                    .toList();
        }

        /** Stocks: the value at the end of each month. */
        List<TrendPoint> stock(Function<LocalDate, BigDecimal> valueBefore) {
            return months.stream()
                    .map(m -> new TrendPoint(
                            m.toString(),
                            valueBefore.apply(
                                    m.atEndOfMonth().isAfter(asOf)
                                            ? asOf.plusDays(1)
                                            : m.plusMonths(1).atDay(1))))
                    .toList();
        }

        <T> List<TrendPoint> series(List<T> perMonth, Function<T, BigDecimal> value) {
            List<TrendPoint> out = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                out.add(new TrendPoint(months.get(i).toString(), value.apply(perMonth.get(i))));
            }
            return out;
        }

        List<TrendPoint> yearly(IntFunction<BigDecimal> value) {
            List<TrendPoint> out = new ArrayList<>();
            for (int y = year - TREND_YEARS + 1; y <= year; y++) {
                out.add(new TrendPoint(String.valueOf(y), value.apply(y)));
            }
            return out;
        }
    }
}
