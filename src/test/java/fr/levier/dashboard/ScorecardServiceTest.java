package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.levier.funding.ClaimInput;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimType;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.InteractionDraft;
import fr.levier.partner.InteractionKind;
import fr.levier.partner.InteractionService;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecard figures on the real database against values computed by hand on data each test creates
 * (rolled back). Demo data is present, so figures that it also feeds are asserted as changes.
 */
@IntegrationTest
@Transactional
class ScorecardServiceTest {

    @Autowired
    ScorecardService scorecard;

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    @Autowired
    ProjectService projects;

    @Autowired
    ClaimService claims;

    @Autowired
    ObjectProvider<NewsletterFiguresProvider> newsletter;

    @Autowired
    EntityManager em;

    @Autowired
    Clock clock;

    private Scorecard at(LocalDate day) {
        em.flush(); // the read model is plain SQL: make this transaction's JPA writes visible to it
        return as.call("viewer", () -> scorecard.scorecardAt(day));
    }

    private static BigDecimal value(Scorecard s, IndicatorKey key) {
        return s.get(key).value();
    }

    private static BigDecimal diff(Scorecard after, Scorecard before, IndicatorKey key) {
        return value(after, key).subtract(value(before, key));
    }

    private static BigDecimal detail(Scorecard s, IndicatorKey key, String name) {
        return s.get(key).details().get(name);
    }

    private void partner(String name, RelationshipStatus status, boolean investInRomans, LocalDate memberSince) {
        PartnerDraft d = new PartnerDraft(
                name + " " + FundingFixtures.unique(),
                null,
                PartnerType.COMPANY,
                null,
                null,
                null,
                null,
                "Romans-sur-Isère",
                null,
                null,
                null,
                status,
                null,
                investInRomans,
                memberSince,
                null,
                null,
                null,
                null);
        as.run("officer", () -> partners.create(d, true));
    }

    @Test
    void partnersPerspectiveCountsTheNetworkMembersNewcomersAndInteractionsOfTheQuarter() {
        LocalDate today = LocalDate.now(clock);
        Scorecard before = at(today);
        partner("Actif", RelationshipStatus.ACTIVE, true, today);
        partner("Actif bis", RelationshipStatus.ACTIVE, false, null);
        partner("Prospect", RelationshipStatus.PROSPECT, false, null);
        long partnerId = fx.partner(PartnerType.REGION);
        LocalDate quarterStart = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (LocalDate day : List.of(quarterStart, today, quarterStart.minusDays(1))) {
            as.run(
                    "officer",
                    () -> interactions.create(new InteractionDraft(
                            partnerId,
                            InteractionKind.MEETING,
                            day,
                            "Point d'étape",
                            null,
                            Set.of(),
                            List.of(),
                            null,
                            null)));
        }
        Scorecard after = at(today);

        assertThat(diff(after, before, IndicatorKey.PARTNERS_ACTIVE)).isEqualByComparingTo("2");
        assertThat(diff(after, before, IndicatorKey.INVEST_IN_ROMANS)).isEqualByComparingTo("1");
        // the three partners above and the one the interactions are recorded with
        assertThat(diff(after, before, IndicatorKey.PARTNERS_NEW)).isEqualByComparingTo("4");
        // each figure links to the partner list filtered the same way, whose count is the figure
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        assertThat(after.get(IndicatorKey.INVEST_IN_ROMANS).link()).isEqualTo("partners?investInRomans=true");
        assertThat(value(after, IndicatorKey.INVEST_IN_ROMANS))
                .isEqualByComparingTo(BigDecimal.valueOf(as.call(
                        "viewer",
                        () -> partners.count(
                                new fr.levier.partner.PartnerFilter(null, null, null, null, null, true, null, null)))));
        assertThat(after.get(IndicatorKey.PARTNERS_NEW).link())
                .isEqualTo("partners?createdFrom=" + yearStart + "&createdTo=" + today);
        assertThat(value(after, IndicatorKey.PARTNERS_NEW))
                .isEqualByComparingTo(BigDecimal.valueOf(as.call(
                        "viewer",
                        () -> partners.count(new fr.levier.partner.PartnerFilter(
                                null, null, null, null, null, null, yearStart, today)))));
        // the day before the quarter is not in it
        assertThat(diff(after, before, IndicatorKey.INTERACTIONS_QUARTER)).isEqualByComparingTo("2");
        // trends: the current month (last point) moves by the same amounts
        assertThat(lastPoint(after, IndicatorKey.PARTNERS_NEW).subtract(lastPoint(before, IndicatorKey.PARTNERS_NEW)))
                .isEqualByComparingTo(diff(after, before, IndicatorKey.PARTNERS_NEW));
        assertThat(lastPoint(after, IndicatorKey.PARTNERS_ACTIVE))
                .isEqualByComparingTo(value(after, IndicatorKey.PARTNERS_ACTIVE));
        assertThat(after.get(IndicatorKey.PARTNERS_ACTIVE).trend()).hasSize(12);
        assertThat(after.get(IndicatorKey.PARTNERS_ACTIVE).trend().getLast().period())
                .isEqualTo(YearMonth.from(today).toString());
    }

    private static BigDecimal lastPoint(Scorecard s, IndicatorKey key) {
        return s.get(key).trend().getLast().value();
    }

    @Test
    void activeFileCountsProjectsNeitherCompletedNorAbandoned() {
        LocalDate today = LocalDate.now(clock);
        Scorecard before = at(today);
        project(ProjectStatus.INSTRUCTING, "1000000.00", "250000.00");
        project(ProjectStatus.IN_PROGRESS, "600000.00", "150000.00");
        project(ProjectStatus.COMPLETED, "100.00", "10.00");
        project(ProjectStatus.ABANDONED, "100.00", "10.00");
        Scorecard after = at(today);
        assertThat(diff(after, before, IndicatorKey.ACTIVE_DOSSIERS)).isEqualByComparingTo("2");
        // investment capacity: cost ÷ city money over projects not abandoned (the completed one counts)
        BigDecimal investment =
                detail(before, IndicatorKey.INVESTMENT_CAPACITY, "investment").add(new BigDecimal("1600100.00"));
        BigDecimal city =
                detail(before, IndicatorKey.INVESTMENT_CAPACITY, "cityMoney").add(new BigDecimal("400010.00"));
        assertThat(detail(after, IndicatorKey.INVESTMENT_CAPACITY, "investment"))
                .isEqualByComparingTo(investment);
        assertThat(value(after, IndicatorKey.INVESTMENT_CAPACITY))
                .isEqualByComparingTo(investment.divide(city, 2, java.math.RoundingMode.HALF_UP));
    }

    private void project(ProjectStatus status, String cost, String city) {
        String u = FundingFixtures.unique();
        as.run(
                "officer",
                () -> projects.create(ProjectInput.builder()
                        .code("SC-" + u)
                        .name("Projet tableau de bord " + u)
                        .officerUsername("officer")
                        .status(status)
                        .totalCostExclTax(new BigDecimal(cost))
                        .cityFunding(new BigDecimal(city))
                        .cityOwner(true)
                        .dates(DossierDates.NONE)
                        .build()));
    }

    private static DossierDates dates(
            LocalDate opened, LocalDate decided, LocalDate notified, LocalDate started, LocalDate completed) {
        return new DossierDates(opened, null, null, decided, notified, null, started, completed);
    }

    @Test
    void medianInstructionTimeAndItsYearOnYearRatioComeFromDecisionsOfEachYear() {
        LocalDate asOf = LocalDate.of(2014, 12, 31);
        assumeThat(value(at(asOf), IndicatorKey.INSTRUCTION_MEDIAN))
                .as("no decision of 2014 in the demo data")
                .isNull();
        long region = fx.partner(PartnerType.REGION);
        long state = fx.partner(PartnerType.STATE);
        // 2013: 100, 120 and 140 days → median 120
        LocalDate o13 = LocalDate.of(2013, 1, 1);
        for (int days : new int[] {100, 120, 140}) {
            fx.awarded(
                    region,
                    CommitmentKind.GRANT,
                    null,
                    "1000.00",
                    "1000.00",
                    dates(o13, o13.plusDays(days), null, null, null));
        }
        // 2014: 20, 30 (Région) and 40, 50 days (État) → median 35; Région alone 25, État 45
        LocalDate o14 = LocalDate.of(2014, 3, 1);
        for (int days : new int[] {20, 30}) {
            fx.awarded(
                    region,
                    CommitmentKind.GRANT,
                    null,
                    "1000.00",
                    "1000.00",
                    dates(o14, o14.plusDays(days), null, null, null));
        }
        for (int days : new int[] {40, 50}) {
            fx.awarded(
                    state,
                    CommitmentKind.GRANT,
                    null,
                    "1000.00",
                    "1000.00",
                    dates(o14, o14.plusDays(days), null, null, null));
        }
        Scorecard s = at(asOf);
        assertThat(value(s, IndicatorKey.INSTRUCTION_MEDIAN)).isEqualByComparingTo("35.0");
        assertThat(value(s, IndicatorKey.INSTRUCTION_SPEEDUP)).isEqualByComparingTo("3.43"); // 120 ÷ 35
        assertThat(detail(s, IndicatorKey.INSTRUCTION_SPEEDUP, "lastYear")).isEqualByComparingTo("120");
        assertThat(s.get(IndicatorKey.INSTRUCTION_MEDIAN).trend())
                .extracting(TrendPoint::period)
                .containsExactly("2010", "2011", "2012", "2013", "2014");
        assertThat(s.get(IndicatorKey.INSTRUCTION_MEDIAN).trend().get(3).value())
                .isEqualByComparingTo("120");
        assertThat(s.charts().instructionByFunderType().get("REGION").getLast().value())
                .isEqualByComparingTo("25");
        assertThat(s.charts().instructionByFunderType().get("STATE").getLast().value())
                .isEqualByComparingTo("45");
    }

    @Test
    void deadlinesMetAndMissedOverTwelveMonthsFollowTheProgrammeRules() {
        LocalDate asOf = LocalDate.of(2014, 12, 31);
        Scorecard before = at(asOf);
        long state = fx.partner(PartnerType.STATE);
        // DSIL: start within 2 years of notification, completion within 4 years of the start
        // met: notified 01/03/2012 (deadline 01/03/2014), started 01/02/2014
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "10.00",
                "10.00",
                dates(null, null, LocalDate.of(2012, 3, 1), LocalDate.of(2014, 2, 1), null));
        // missed: notified 01/06/2012, never started
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "10.00",
                "10.00",
                dates(null, null, LocalDate.of(2012, 6, 1), null, null));
        // missed: notified 01/09/2012 (deadline 01/09/2014), started late on 01/10/2014
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "10.00",
                "10.00",
                dates(null, null, LocalDate.of(2012, 9, 1), LocalDate.of(2014, 10, 1), null));
        // met: started 01/06/2010 (completion due 01/06/2014), completed 01/05/2014
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "10.00",
                "10.00",
                dates(null, null, LocalDate.of(2009, 1, 1), LocalDate.of(2010, 6, 1), LocalDate.of(2014, 5, 1)));
        // notified 01/01/2013: its deadline (01/01/2015) falls after the 12 months, nothing judged
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "10.00",
                "10.00",
                dates(null, null, LocalDate.of(2013, 1, 1), null, null));
        Scorecard after = at(asOf);
        BigDecimal met = detail(after, IndicatorKey.DEADLINES_MET, "met");
        BigDecimal missed = detail(after, IndicatorKey.DEADLINES_MET, "missed");
        assertThat(met.subtract(detail(before, IndicatorKey.DEADLINES_MET, "met")))
                .isEqualByComparingTo("2");
        assertThat(missed.subtract(detail(before, IndicatorKey.DEADLINES_MET, "missed")))
                .isEqualByComparingTo("2");
        assertThat(value(after, IndicatorKey.DEADLINES_MET))
                .isEqualByComparingTo(met.multiply(BigDecimal.valueOf(100))
                        .divide(met.add(missed), 1, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void claimsSentMoreThanNinetyDaysAgoAndNotCashedAreOverdue() {
        LocalDate today = LocalDate.now(clock);
        Scorecard before = at(today);
        long state = fx.partner(PartnerType.STATE);
        for (int daysAgo : new int[] {91, 90, 10}) {
            CommitmentDetails c =
                    fx.awarded(state, CommitmentKind.GRANT, null, "100000.00", "100000.00", DossierDates.NONE);
            as.run(
                    "officer",
                    () -> claims.create(
                            c.id(),
                            new ClaimInput(
                                    ClaimType.INTERIM,
                                    new BigDecimal("10000.00"),
                                    today.minusDays(daysAgo),
                                    ClaimStatus.SENT,
                                    Set.of())));
        }
        Scorecard after = at(today);
        // 91 days: overdue; 90 days: still in the 61–90 band; 10 days: recent
        assertThat(diff(after, before, IndicatorKey.CLAIMS_OVERDUE)).isEqualByComparingTo("1");
    }

    @Test
    void learningFiguresRecordedByAnAdminAddUpOverTheYearAndItsMonths() {
        LocalDate today = LocalDate.now(clock);
        Scorecard before = at(today);
        as.run("admin", () -> {
            scorecard.recordLearning(
                    new LearningInput(IndicatorKey.PEOPLE_TRAINED, today, new BigDecimal("12"), "Atelier subventions"));
            scorecard.recordLearning(new LearningInput(IndicatorKey.PEOPLE_TRAINED, today, new BigDecimal("8"), null));
            scorecard.recordLearning(
                    new LearningInput(IndicatorKey.MOOC_PARTICIPANTS, today, new BigDecimal("150"), "MOOC"));
            // last year: not this year's figure
            scorecard.recordLearning(new LearningInput(
                    IndicatorKey.PEOPLE_TRAINED, today.minusYears(1).withDayOfYear(1), new BigDecimal("99"), null));
        });
        Scorecard after = at(today);
        assertThat(diff(after, before, IndicatorKey.PEOPLE_TRAINED)).isEqualByComparingTo("20");
        assertThat(diff(after, before, IndicatorKey.MOOC_PARTICIPANTS)).isEqualByComparingTo("150");
        assertThat(diff(after, before, IndicatorKey.TRAINING_SESSIONS)).isEqualByComparingTo("0");
        assertThat(lastPoint(after, IndicatorKey.PEOPLE_TRAINED)
                        .subtract(lastPoint(before, IndicatorKey.PEOPLE_TRAINED)))
                .isEqualByComparingTo("20");
    }

    @Test
    void onlyAdminsRecordLearningAndOnlyLearningIndicatorsAreRecordedByHand() {
        LocalDate today = LocalDate.now(clock);
        LearningInput ok = new LearningInput(IndicatorKey.TRAINING_SESSIONS, today, BigDecimal.ONE, null);
        assertThatThrownBy(() -> as.run("officer", () -> scorecard.recordLearning(ok)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(
                        "admin",
                        () -> scorecard.recordLearning(
                                new LearningInput(IndicatorKey.LEVERAGE, today, BigDecimal.ONE, null))))
                .isInstanceOf(fr.levier.shared.BusinessRuleException.class);
        assertThatThrownBy(() -> as.run(
                        "admin",
                        () -> scorecard.recordLearning(
                                new LearningInput(IndicatorKey.TRAINING_SESSIONS, today, new BigDecimal("-1"), null))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void targetsAreSetPerYearByAdminsAndColourTheIndicator() {
        LocalDate today = LocalDate.now(clock);
        BigDecimal active = value(at(today), IndicatorKey.PARTNERS_ACTIVE);
        as.run("admin", () -> scorecard.setTarget(IndicatorKey.PARTNERS_ACTIVE, today.getYear(), active));
        as.run(
                "admin",
                () -> scorecard.setTarget(IndicatorKey.PARTNERS_ACTIVE, today.getYear() - 1, new BigDecimal("1")));
        Scorecard s = at(today);
        assertThat(s.get(IndicatorKey.PARTNERS_ACTIVE).target()).isEqualByComparingTo(active);
        assertThat(s.get(IndicatorKey.PARTNERS_ACTIVE).status()).isEqualTo(TargetStatus.GREEN);

        as.run(
                "admin",
                () -> scorecard.setTarget(
                        IndicatorKey.PARTNERS_ACTIVE,
                        today.getYear(),
                        active.multiply(new BigDecimal("2")).add(BigDecimal.TEN)));
        assertThat(at(today).get(IndicatorKey.PARTNERS_ACTIVE).status()).isEqualTo(TargetStatus.RED);
        // amounts at risk: lower is better, so a zero target with money at risk is red, with none green
        as.run("admin", () -> scorecard.setTarget(IndicatorKey.AMOUNT_AT_RISK, today.getYear(), BigDecimal.ZERO));
        Indicator risk = at(today).get(IndicatorKey.AMOUNT_AT_RISK);
        assertThat(risk.status()).isEqualTo(risk.value().signum() > 0 ? TargetStatus.RED : TargetStatus.GREEN);

        as.run("admin", () -> scorecard.setTarget(IndicatorKey.PARTNERS_ACTIVE, today.getYear(), null));
        assertThat(at(today).get(IndicatorKey.PARTNERS_ACTIVE).status()).isEqualTo(TargetStatus.NONE);
        assertThat(as.call("viewer", () -> scorecard.targets(today.getYear() - 1)))
                .containsEntry(IndicatorKey.PARTNERS_ACTIVE, new BigDecimal("1.00"));

        assertThatThrownBy(
                        () -> as.run("finance", () -> scorecard.setTarget(IndicatorKey.LEVERAGE, 2026, BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as.run("admin", () -> scorecard.setTarget(IndicatorKey.LEVERAGE, 2026, new BigDecimal("-5"))))
                .isInstanceOf(fr.levier.shared.BusinessRuleException.class);
    }

    @Test
    void newsletterFiguresComeFromTheNewsletterModuleOrShowNothing() {
        Scorecard s = at(LocalDate.now(clock));
        NewsletterFiguresProvider provider = newsletter.getIfAvailable();
        if (provider == null) {
            assertThat(value(s, IndicatorKey.NEWSLETTER_REACH)).isNull();
            assertThat(value(s, IndicatorKey.NEWSLETTER_UNSUBSCRIBES)).isNull();
            assertThat(s.get(IndicatorKey.NEWSLETTER_REACH).status()).isEqualTo(TargetStatus.NONE);
        } else {
            LocalDate today = LocalDate.now(clock);
            NewsletterFigures f = provider.figures(LocalDate.of(today.getYear(), 1, 1), today);
            assertThat(value(s, IndicatorKey.NEWSLETTER_REACH))
                    .isEqualByComparingTo(BigDecimal.valueOf(f.contactsReached()));
            assertThat(value(s, IndicatorKey.NEWSLETTER_UNSUBSCRIBES))
                    .isEqualByComparingTo(BigDecimal.valueOf(f.unsubscribes()));
        }
    }

    @Test
    void everyIndicatorIsThereOnceInPerspectiveOrderWithALink() {
        Scorecard s = at(LocalDate.now(clock));
        assertThat(s.indicators()).extracting(Indicator::key).containsExactly(IndicatorKey.values());
        assertThat(s.indicators())
                .filteredOn(i ->
                        i.key() != IndicatorKey.NEWSLETTER_REACH && i.key() != IndicatorKey.NEWSLETTER_UNSUBSCRIBES)
                .allSatisfy(i -> assertThat(i.link()).isNotBlank());
    }
}
