package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The funding API as a client drives it: a commitment created in the status the officer knows, the
 * "what is left" of a refused allocation, the mécénat warning's message, the deadlines window, and
 * "cashed" net of repayments in the plan, the portfolio and the reports.
 */
@IntegrationTest
class FundingApiUsabilityTest {

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

    private static String fieldError(HttpResponse<String> r, String field) {
        Map<String, String> errors = JsonPath.read(r.body(), "$.fieldErrors");
        return errors.get(field);
    }

    private HttpResponse<String> createDsil(String status, String award, String dates) {
        return officer.post("/api/commitments?status=" + status, """
                {"partnerId":%d,"programmeId":%d,"title":"DSIL en une fois %s","kind":"GRANT","amountRequested":%s,
                 "amountAwarded":%s,"dates":%s}
                """.formatted(
                fx.partner(PartnerType.STATE), fx.programme("DSIL"), FundingFixtures.unique(), award, award, dates));
    }

    @Test
    void aCommitmentIsCreatedAwardedInOnePostWithItsDatesAndTheRulesStillApply() {
        LocalDate today = LocalDate.now(clock);
        LocalDate notified = today.minusMonths(3);
        HttpResponse<String> awarded = createDsil(
                "AWARDED",
                "150000.00",
                "{\"submittedOn\":\"%s\",\"decidedOn\":\"%s\",\"notifiedOn\":\"%s\"}"
                        .formatted(today.minusMonths(9), notified.minusDays(5), notified));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(201);
        assertThat(read(awarded, "$.status")).isEqualTo("AWARDED");
        assertThat(money(awarded, "$.allocationBase")).isEqualTo(new BigDecimal("150000.00"));
        // the lapse clock runs at once: start deadline two years after notification (décret / CGCT)
        assertThat(read(awarded, "$.deadline.date"))
                .isEqualTo(notified.plusYears(2).toString());

        HttpResponse<String> requested =
                createDsil("REQUESTED", "20000.00", "{\"submittedOn\":\"%s\"}".formatted(today));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(read(requested, "$.status")).isEqualTo("REQUESTED");

        HttpResponse<String> noAmount = officer.post("/api/commitments?status=AWARDED", """
                {"partnerId":%d,"programmeId":%d,"title":"Sans montant","kind":"GRANT","amountRequested":1000.00,
                 "dates":{"submittedOn":"%s","decidedOn":"%s"}}
                """.formatted(
                        fx.partner(PartnerType.STATE), fx.programme("DSIL"), today, today));
        assertThat(noAmount.statusCode()).isEqualTo(422);
        assertThat(fieldError(noAmount, "amountAwarded")).contains("montant attribué");

        HttpResponse<String> noDecision = createDsil("AWARDED", "1000.00", "{\"submittedOn\":\"%s\"}".formatted(today));
        assertThat(noDecision.statusCode()).isEqualTo(422);
        assertThat(fieldError(noDecision, "dates.decidedOn")).contains("Décision", "Attribué");

        HttpResponse<String> noRequest = createDsil("REQUESTED", "1000.00", "{}");
        assertThat(noRequest.statusCode()).isEqualTo(422);
        assertThat(fieldError(noRequest, "dates.submittedOn")).contains("Dossier déposé");

        HttpResponse<String> paid = createDsil("PAID", "1000.00", "{}");
        assertThat(paid.statusCode()).isEqualTo(422);
        assertThat(fieldError(paid, "status")).contains("Versé");

        String docs = viewer.get("/v3/api-docs").body();
        assertThat(docs).contains("Status to create the commitment in", "dates.submittedOn");
    }

    @Test
    void theOneEuroTooManyRefusalSaysWhatIsReallyLeftToAllocate() {
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> c = createDsil(
                "AWARDED",
                "150000.00",
                "{\"submittedOn\":\"%s\",\"decidedOn\":\"%s\"}".formatted(today.minusMonths(2), today));
        int id = (Integer) read(c, "$.id");
        long a = fx.project("Reste A", "100000.00").id();
        long b = fx.project("Reste B", "100000.00").id();
        HttpResponse<String> part = officer.post(
                "/api/allocations", "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":100000.00}".formatted(id, a));
        assertThat(part.statusCode()).isEqualTo(201);
        HttpResponse<String> over = officer.post(
                "/api/allocations", "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":50000.01}".formatted(id, b));
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(fieldError(over, "amount")).contains("il reste 50\u00a0000,00\u00a0€ à affecter");

        int allocation = (Integer) read(part, "$.id");
        HttpResponse<String> full =
                officer.put("/api/allocations/" + allocation, "{\"amount\":150000.00,\"version\":0}");
        assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
        HttpResponse<String> oneEuro = officer.post(
                "/api/allocations", "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":1.00}".formatted(id, b));
        assertThat(oneEuro.statusCode()).isEqualTo(422);
        assertThat(fieldError(oneEuro, "amount"))
                .contains("il reste 0,00\u00a0€ à affecter")
                .doesNotContain("150\u00a0000,00\u00a0€ à affecter");
        HttpResponse<String> grow =
                officer.put("/api/allocations/" + allocation, "{\"amount\":150001.00,\"version\":1}");
        assertThat(grow.statusCode()).isEqualTo(422);
        assertThat(fieldError(grow, "amount"))
                .contains("il reste 0,00\u00a0€ à affecter", "au plus jusqu'à 150\u00a0000,00\u00a0€");
        HttpResponse<String> english = new ApiClient(port)
                .basic("officer", "levier-demo-2026")
                .language("en")
                .post("/api/allocations", "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":1.00}".formatted(id, b));
        assertThat(fieldError(english, "amount").replaceAll("[\u00a0\u202f]", " "))
                .contains("0.00 € is left to allocate");
    }

    @Test
    void theMecenatWarningComesWithItsMessageAndAPercentageRoundedUp() {
        String body = """
                {"partnerId":%d,"title":"Mécénat %s","kind":"MECENAT","amountRequested":1000.00,"counterpartValue":250.01,
                 "counterpartDescription":"Loge"}
                """.formatted(fx.partner(PartnerType.COMPANY), FundingFixtures.unique());
        HttpResponse<String> fr = officer.post("/api/commitments", body);
        assertThat(fr.statusCode()).as(fr.body()).isEqualTo(201);
        assertThat(read(fr, "$.mecenat.sponsoring")).isEqualTo(true);
        assertThat(new BigDecimal(read(fr, "$.mecenat.counterpartPct").toString()))
                .isEqualByComparingTo("25.01");
        assertThat((String) read(fr, "$.mecenatMessage")).contains("25,01 %", "250,00", "parrainage");
        int id = (Integer) read(fr, "$.id");
        HttpResponse<String> en = new ApiClient(port)
                .basic("viewer", "levier-demo-2026")
                .language("en")
                .get("/api/commitments/" + id);
        assertThat((String) read(en, "$.mecenatMessage")).contains("25.01 %", "sponsoring");
    }

    @Test
    void theDeadlinesEndpointTakesAWindowAndKeepsItsDefault() {
        LocalDate today = LocalDate.now(clock);
        // notified 22 months ago, no start: the start deadline is in about two months
        LocalDate notified = today.minusMonths(22);
        HttpResponse<String> c = createDsil(
                "AWARDED",
                "10000.00",
                "{\"submittedOn\":\"%s\",\"decidedOn\":\"%s\",\"notifiedOn\":\"%s\"}"
                        .formatted(notified.minusMonths(3), notified, notified));
        int id = (Integer) read(c, "$.id");
        LocalDate deadline = notified.plusYears(2);
        String path = "$[?(@.commitmentId == " + id + ")]";
        assertThat((List<?>) JsonPath.read(viewer.get("/api/funding/deadlines").body(), path))
                .hasSize(1);
        assertThat((List<?>) JsonPath.read(
                        viewer.get("/api/funding/deadlines?from=%s&to=%s".formatted(deadline, deadline))
                                .body(),
                        path))
                .hasSize(1);
        assertThat((List<?>) JsonPath.read(
                        viewer.get("/api/funding/deadlines?from=%s".formatted(deadline.plusDays(1)))
                                .body(),
                        path))
                .isEmpty();
        assertThat((List<?>) JsonPath.read(
                        viewer.get("/api/funding/deadlines?to=%s".formatted(deadline.minusDays(1)))
                                .body(),
                        path))
                .isEmpty();
        assertThat((List<?>) JsonPath.read(
                        viewer.get("/api/funding/deadlines?days=10").body(), path))
                .isEmpty();
        HttpResponse<String> backwards =
                viewer.get("/api/funding/deadlines?from=%s&to=%s".formatted(today, today.minusDays(1)));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(fieldError(backwards, "from")).contains("après");
        assertThat(viewer.get("/v3/api-docs").body()).contains("Default window");
    }

    @Test
    void cashedIsNetOfRepaymentsInThePlanThePortfolioAndTheReports() {
        LocalDate today = LocalDate.now(clock);
        long project = fx.project("Net cashed", "200000.00").id();
        long partner = fx.partner(PartnerType.STATE);
        HttpResponse<String> c = officer.post("/api/commitments?status=AWARDED", """
                {"partnerId":%d,"programmeId":%d,"title":"DSIL net %s","kind":"GRANT","amountRequested":100000.00,
                 "amountAwarded":100000.00,"dates":{"submittedOn":"%s","decidedOn":"%s","notifiedOn":"%s","worksStartedOn":"%s"}}
                """.formatted(
                        partner,
                        fx.programme("DSIL"),
                        FundingFixtures.unique(),
                        today.minusMonths(8),
                        today.minusMonths(6),
                        today.minusMonths(6),
                        today.minusMonths(1)));
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        int id = (Integer) read(c, "$.id");
        officer.post(
                "/api/allocations",
                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":100000.00}".formatted(id, project));
        HttpResponse<String> terms = officer.put(
                "/api/commitments/" + id + "/terms?version=0",
                "{\"subsidisedExpense\":250000.00,\"operationMonths\":24}");
        HttpResponse<String> claim = officer.post(
                "/api/claims?commitmentId=" + id,
                "{\"type\":\"INTERIM\",\"amount\":80000.00,\"status\":\"SENT\",\"sentOn\":\"%s\"}".formatted(today));
        int claimId = (Integer) read(claim, "$.id");
        HttpResponse<String> paid = finance.post(
                "/api/claims/" + claimId + "/payment?version=0",
                "{\"cashedAmount\":80000.00,\"cashedOn\":\"%s\"}".formatted(today));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        officer.put(
                "/api/commitments/" + id + "/terms?version=" + read(terms, "$.version"),
                "{\"subsidisedExpense\":250000.00,\"operationMonths\":24,\"actualEligibleExpense\":150000.00,\"actualRecordedOn\":\"%s\"}"
                        .formatted(today));
        HttpResponse<String> repaid = finance.post(
                "/api/commitments/" + id + "/repayments",
                "{\"amount\":20000.00,\"paidOn\":\"%s\",\"reason\":\"Titre de perception\"}".formatted(today));
        assertThat(repaid.statusCode()).as(repaid.body()).isEqualTo(200);

        // 80 000 received − 20 000 repaid = 60 000 kept, the final grant (150 000 / 250 000 × 100 000)
        BigDecimal kept = new BigDecimal("60000.00");
        HttpResponse<String> plan = viewer.get("/api/projects/" + project + "/financing-plan");
        assertThat(money(plan, "$.lines[0].cashed")).isEqualTo(kept);
        HttpResponse<String> portfolio = viewer.get("/api/funding/portfolio?projectId=" + project);
        assertThat(money(portfolio, "$.partnerCashed")).isEqualTo(kept);
        HttpResponse<String> report = viewer.get("/api/reports/funding-by-partner?partnerId=" + partner);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(money(report, "$.totals.cashed")).as(report.body()).isEqualTo(kept);
        assertThat(money(report, "$.totals.toRepay")).as(report.body()).isEqualTo(new BigDecimal("0.00"));
    }
}
