package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The money side through the real endpoints: ceilings under parallel requests, payments bounded and
 * corrected, final payment and repayment, receipts, decimals, lapse findings.
 */
@IntegrationTest
class MoneyApiTest {

    private static final int PARALLEL = 8;

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    @Autowired
    Clock clock;

    ApiClient officer;
    ApiClient finance;
    ApiClient viewer;

    @BeforeEach
    void clients() {
        officer = new ApiClient(port).basic("officer", "levier-demo-2026");
        finance = new ApiClient(port).basic("finance", "levier-demo-2026");
        viewer = new ApiClient(port).basic("viewer", "levier-demo-2026");
    }

    private static Object read(HttpResponse<String> r, String path) {
        return JsonPath.read(r.body(), path);
    }

    private static BigDecimal money(HttpResponse<String> r, String path) {
        return new BigDecimal(read(r, path).toString()).setScale(2);
    }

    private List<HttpResponse<String>> parallel(List<java.util.concurrent.Callable<HttpResponse<String>>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (var f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DossierDates dates(LocalDate submitted, LocalDate notified, LocalDate started) {
        return new DossierDates(null, submitted, null, null, notified, null, started, null);
    }

    private long projectId() {
        return fx.project("Money " + FundingFixtures.unique(), "100000.00").id();
    }

    private CommitmentDetails startedDsil(String award) {
        LocalDate today = LocalDate.now(clock);
        return fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                award,
                award,
                dates(today.minusMonths(8), today.minusMonths(6), today.minusMonths(1)));
    }

    @Test
    void parallelAllocationsNeverExceedTheAward() throws Exception {
        CommitmentDetails c = startedDsil("1000.00");
        List<java.util.concurrent.Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            long project = projectId();
            calls.add(() -> officer.post(
                    "/api/allocations",
                    "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":600.00}".formatted(c.id(), project)));
        }
        List<HttpResponse<String>> answers = parallel(calls);
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 422));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        HttpResponse<String> after = viewer.get("/api/commitments/" + c.id());
        assertThat(money(after, "$.allocated")).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void parallelAdvancesNeverExceedThirtyPercent() throws Exception {
        CommitmentDetails c = startedDsil("100000.00");
        List<java.util.concurrent.Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> officer.post(
                    "/api/claims?commitmentId=" + c.id(),
                    "{\"type\":\"ADVANCE\",\"amount\":20000.00,\"status\":\"DRAFT\"}"));
        }
        List<HttpResponse<String>> answers = parallel(calls);
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 422));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    }

    @Test
    void parallelInterimClaimsNeverExceedTheCumulativeCeiling() throws Exception {
        // 80 % of 100 000 €: two interim claims of 30 000 € fit (60 000), a third would not (90 000)
        CommitmentDetails c = startedDsil("100000.00");
        List<java.util.concurrent.Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> officer.post(
                    "/api/claims?commitmentId=" + c.id(),
                    "{\"type\":\"INTERIM\",\"amount\":30000.00,\"status\":\"DRAFT\"}"));
        }
        List<HttpResponse<String>> answers = parallel(calls);
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 422));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(2);
        HttpResponse<String> claims = viewer.get("/api/claims?commitmentId=" + c.id());
        List<Object> amounts = JsonPath.read(claims.body(), "$[*].amount");
        BigDecimal sum =
                amounts.stream().map(a -> new BigDecimal(a.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isLessThanOrEqualTo(new BigDecimal("80000.00"));
    }

    @Test
    void anAdvanceBeforeTheStartIsRefusedCitingTheDecree() {
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "FONDS-VERT",
                "50000.00",
                "50000.00",
                dates(null, LocalDate.now(clock).minusMonths(2), null));
        HttpResponse<String> r = officer.post(
                "/api/claims?commitmentId=" + c.id(), "{\"type\":\"ADVANCE\",\"amount\":100.00,\"status\":\"DRAFT\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat((String) read(r, "$.fieldErrors.amount")).contains("commencement d’exécution", "2018-514");
    }

    @Test
    void paymentsAreBoundedByTheClaimAndTodayAndFinanceCanReverseOne() {
        CommitmentDetails c = startedDsil("100000.00");
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> claim = officer.post(
                "/api/claims?commitmentId=" + c.id(),
                "{\"type\":\"ADVANCE\",\"amount\":100.00,\"status\":\"SENT\",\"sentOn\":\"%s\"}".formatted(today));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        int id = (Integer) read(claim, "$.id");
        HttpResponse<String> tooMuch = finance.post(
                "/api/claims/" + id + "/payment?version=0",
                "{\"cashedAmount\":900000.00,\"cashedOn\":\"%s\"}".formatted(today));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat((String) read(tooMuch, "$.fieldErrors.cashedAmount")).contains("100,00");
        HttpResponse<String> future = finance.post(
                "/api/claims/" + id + "/payment?version=0", "{\"cashedAmount\":100.00,\"cashedOn\":\"2999-01-01\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(read(future, "$.fieldErrors.cashedOn")).isNotNull();
        HttpResponse<String> ok = finance.post(
                "/api/claims/" + id + "/payment?version=0",
                "{\"cashedAmount\":90.00,\"cashedOn\":\"%s\"}".formatted(today));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(read(viewer.get("/api/commitments/" + c.id()), "$.status")).isEqualTo("PARTIALLY_PAID");

        int v = (Integer) read(ok, "$.version");
        assertThat(officer.post(
                                "/api/claims/" + id + "/payment/reversal",
                                "{\"version\":%d,\"reason\":\"Erreur de saisie\"}".formatted(v))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> reversed = finance.post(
                "/api/claims/" + id + "/payment/reversal",
                "{\"version\":%d,\"reason\":\"Erreur de saisie\"}".formatted(v));
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
        assertThat(read(reversed, "$.status")).isEqualTo("SENT");
        assertThat(read(viewer.get("/api/commitments/" + c.id()), "$.status")).isEqualTo("AWARDED");
        HttpResponse<String> settlement = viewer.get("/api/commitments/" + c.id() + "/settlement");
        assertThat(money(settlement, "$.received")).isEqualTo(new BigDecimal("0.00"));
        assertThat(read(settlement, "$.lines[0].kind")).isEqualTo("REVERSAL");
        assertThat(money(settlement, "$.lines[0].amount")).isEqualTo(new BigDecimal("90.00"));
        assertThat(read(settlement, "$.lines[0].reason")).isEqualTo("Erreur de saisie");
    }

    @Test
    void theFinalGrantFollowsTheActualExpenseAndAnOverpaymentIsRepaidAsItsOwnLine() {
        CommitmentDetails c = startedDsil("100000.00");
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> terms = officer.put(
                "/api/commitments/" + c.id() + "/terms?version=0",
                "{\"subsidisedExpense\":250000.00,\"operationMonths\":24}");
        assertThat(terms.statusCode()).as(terms.body()).isEqualTo(200);
        HttpResponse<String> claim = officer.post(
                "/api/claims?commitmentId=" + c.id(),
                "{\"type\":\"INTERIM\",\"amount\":80000.00,\"status\":\"SENT\",\"sentOn\":\"%s\"}".formatted(today));
        int id = (Integer) read(claim, "$.id");
        finance.post(
                "/api/claims/" + id + "/payment?version=0",
                "{\"cashedAmount\":80000.00,\"cashedOn\":\"%s\"}".formatted(today));
        int tv = (Integer) read(terms, "$.version");
        HttpResponse<String> actual = officer.put(
                "/api/commitments/" + c.id() + "/terms?version=" + tv,
                "{\"subsidisedExpense\":250000.00,\"operationMonths\":24,\"actualEligibleExpense\":150000.00,\"actualRecordedOn\":\"%s\"}"
                        .formatted(today));
        assertThat(actual.statusCode()).as(actual.body()).isEqualTo(200);
        HttpResponse<String> s = viewer.get("/api/commitments/" + c.id() + "/settlement");
        assertThat(money(s, "$.finalPayment.finalGrant")).isEqualTo(new BigDecimal("60000.00"));
        assertThat(money(s, "$.finalPayment.toRepay")).isEqualTo(new BigDecimal("20000.00"));
        assertThat(money(s, "$.finalPayment.remainingToClaim")).isEqualTo(new BigDecimal("0.00"));
        HttpResponse<String> tooMuch = finance.post(
                "/api/commitments/" + c.id() + "/repayments",
                "{\"amount\":20000.01,\"paidOn\":\"%s\",\"reason\":\"Titre de perception\"}".formatted(today));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        HttpResponse<String> repaid = finance.post(
                "/api/commitments/" + c.id() + "/repayments",
                "{\"amount\":20000.00,\"paidOn\":\"%s\",\"reason\":\"Titre de perception\"}".formatted(today));
        assertThat(repaid.statusCode()).as(repaid.body()).isEqualTo(200);
        assertThat(money(repaid, "$.finalPayment.toRepay")).isEqualTo(new BigDecimal("0.00"));
        assertThat(read(repaid, "$.lines[0].kind")).isEqualTo("REPAYMENT");
        assertThat(read(repaid, "$.lines[0].occurredOn")).isEqualTo(today.toString());
        assertThat(read(viewer.get("/api/commitments/" + c.id()), "$.status")).isEqualTo("PAID");
    }

    @Test
    void aLateStartIsFlaggedAtOnceCitingTheCgctForDsil() {
        LocalDate today = LocalDate.now(clock);
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "50000.00",
                "50000.00",
                dates(today.minusYears(3), today.minusYears(2).minusMonths(2), today.minusDays(10)));
        HttpResponse<String> terms = viewer.get("/api/commitments/" + c.id() + "/terms");
        assertThat(read(terms, "$.lapse.findings[0]")).isEqualTo("LATE_START");
        assertThat(read(terms, "$.lapse.deadline.state")).isEqualTo("OVERDUE");
        assertThat((String) read(terms, "$.messages[0]")).contains("R2334-24");
        assertThat(read(viewer.get("/api/commitments/" + c.id()), "$.deadline.state"))
                .isEqualTo("OVERDUE");
        HttpResponse<String> tooLong = officer.put(
                "/api/commitments/" + c.id() + "/terms?version=0",
                "{\"startExtendedTo\":\"%s\"}"
                        .formatted(today.minusMonths(2).plusYears(1).plusDays(1)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(read(tooLong, "$.fieldErrors.startExtendedTo")).isNotNull();
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRefusedEverywhere() {
        CommitmentDetails c = startedDsil("1000.00");
        long project = projectId();
        HttpResponse<String> alloc = officer.post(
                "/api/allocations",
                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":100.00}".formatted(c.id(), project));
        int id = (Integer) read(alloc, "$.id");
        assertThat(officer.put("/api/allocations/" + id, "{\"amount\":100.005,\"version\":0}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(officer.post(
                                "/api/allocations",
                                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":1.001}"
                                        .formatted(c.id(), projectId()))
                        .statusCode())
                .isEqualTo(400);
        assertThat(officer.post(
                                "/api/claims?commitmentId=" + c.id(),
                                "{\"type\":\"ADVANCE\",\"amount\":10.001,\"status\":\"DRAFT\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(finance.post(
                                "/api/commitments/" + c.id() + "/repayments",
                                "{\"amount\":1.001,\"paidOn\":\"2026-01-01\",\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(money(viewer.get("/api/allocations/" + id), "$.amount")).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aGiftPaidInOneGoGetsOneNumberedReceiptAndASecondIsRefused() {
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY),
                CommitmentKind.MECENAT,
                null,
                "10000.00",
                "10000.00",
                DossierDates.NONE);
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> paid = finance.post(
                "/api/commitments/" + gift.id() + "/gift",
                "{\"cashedAmount\":10000.00,\"cashedOn\":\"%s\"}".formatted(today));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        int claimId = (Integer) read(paid, "$.id");
        assertThat(read(viewer.get("/api/commitments/" + gift.id()), "$.status"))
                .isEqualTo("PAID");
        HttpResponse<String> first = finance.post("/api/receipts", "{\"claimId\":%d}".formatted(claimId));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(read(first, "$.amountInWords")).isEqualTo("dix mille euros");
        assertThat(read(first, "$.receivedTo")).isEqualTo(today.toString());
        assertThat(read(first, "$.nature")).isEqualTo("CASH");
        HttpResponse<String> twice = finance.post("/api/receipts", "{\"claimId\":%d}".formatted(claimId));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("238 bis");

        CommitmentDetails other = fx.awarded(
                fx.partner(PartnerType.COMPANY), CommitmentKind.MECENAT, null, "500.00", "500.00", DossierDates.NONE);
        int otherClaim = (Integer) read(
                finance.post(
                        "/api/commitments/" + other.id() + "/gift",
                        "{\"cashedAmount\":500.00,\"cashedOn\":\"%s\"}".formatted(today)),
                "$.id");
        HttpResponse<String> next = finance.post("/api/receipts", "{\"claimId\":%d}".formatted(otherClaim));
        assertThat((Integer) read(next, "$.number")).isEqualTo((Integer) read(first, "$.number") + 1);
        HttpResponse<String> pdf = finance.get("/api/receipts/" + read(first, "$.id") + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void splitColumnsAddUpToTheCentWithTheLargestRemainder() {
        CommitmentDetails c = startedDsil("30000.00");
        List<Long> projects = List.of(projectId(), projectId(), projectId());
        for (long p : projects) {
            assertThat(officer.post(
                                    "/api/allocations",
                                    "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":10000.00}".formatted(c.id(), p))
                            .statusCode())
                    .isEqualTo(201);
        }
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> claim = officer.post(
                "/api/claims?commitmentId=" + c.id(),
                "{\"type\":\"ADVANCE\",\"amount\":9000.00,\"status\":\"SENT\",\"sentOn\":\"%s\"}".formatted(today));
        HttpResponse<String> interim = officer.post(
                "/api/claims?commitmentId=" + c.id(),
                "{\"type\":\"INTERIM\",\"amount\":1000.00,\"status\":\"SENT\",\"sentOn\":\"%s\"}".formatted(today));
        assertThat(interim.statusCode()).isEqualTo(201);
        finance.post(
                "/api/claims/" + read(claim, "$.id") + "/payment?version=0",
                "{\"cashedAmount\":9000.00,\"cashedOn\":\"%s\"}".formatted(today));
        finance.post(
                "/api/claims/" + read(interim, "$.id") + "/payment?version=0",
                "{\"cashedAmount\":1000.00,\"cashedOn\":\"%s\"}".formatted(today));
        List<BigDecimal> parts = new ArrayList<>();
        for (long p : projects) {
            HttpResponse<String> plan = viewer.get("/api/projects/" + p + "/financing-plan");
            parts.add(money(plan, "$.totals.cashed"));
        }
        assertThat(parts)
                .containsExactly(new BigDecimal("3333.34"), new BigDecimal("3333.33"), new BigDecimal("3333.33"));
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(new BigDecimal("10000.00"));
    }
}
