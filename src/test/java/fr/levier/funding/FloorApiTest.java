package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The floor as the préfecture reads it, through the real endpoints: public money per partner, the rate of a chef
 * de file field, both ways out, FCTVA, typed exemptions refused without their decision, the portfolio by period
 * and project.
 */
@IntegrationTest
class FloorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    ApiClient officer;
    ApiClient viewer;

    @BeforeEach
    void clients() {
        officer = new ApiClient(port).basic("officer", "levier-demo-2026");
        viewer = new ApiClient(port).basic("viewer", "levier-demo-2026");
    }

    private static Object read(HttpResponse<String> r, String path) {
        return JsonPath.read(r.body(), path);
    }

    private static BigDecimal amount(HttpResponse<String> r, String path) {
        return new BigDecimal(read(r, path).toString());
    }

    private static String project(String code, String terms, String eligible) {
        return """
                {"code":"%s","name":"Plancher API %s","status":"APPROVED","totalCostExclTax":500000.00,
                 "totalCostInclTax":600000.00,"eligibleExpense":%s,"cityFunding":20000.00,"cityOwner":true,
                 "floorTerms":%s}
                """.formatted(code, code, eligible, terms);
    }

    @Test
    void aChefDeFileProjectWithACafLikePartnerShowsTheFloorItsWaysOutAndItsFctva() {
        // a CAF-like partner: public agency by type, private law in fact
        long caf = fx.partner(PartnerType.PUBLIC_AGENCY);
        assertThat(read(viewer.get("/api/partners/" + caf + "/public-money"), "$.countsAsPublic"))
                .isEqualTo(true);
        HttpResponse<String> set =
                officer.put("/api/partners/" + caf + "/public-money", "{\"publicMoney\":false,\"version\":0}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(read(set, "$.countsAsPublic")).isEqualTo(false);
        assertThat(viewer.put("/api/partners/" + caf + "/public-money", "{\"publicMoney\":true,\"version\":1}")
                        .statusCode())
                .isEqualTo(403);

        String code = "FLR-" + FundingFixtures.unique();
        HttpResponse<String> p = officer.post(
                "/api/projects",
                project(
                        code,
                        "{\"chefDeFileField\":\"COMMUNE_SUSTAINABLE_MOBILITY\",\"fctvaBaseInclTax\":540000.00}",
                        "450000.00"));
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        int projectId = (Integer) read(p, "$.id");
        DossierDates decided = new DossierDates(null, null, null, LocalDate.of(2026, 3, 10), null, null, null, null);
        CommitmentDetails state =
                fx.awarded(fx.partner(PartnerType.STATE), CommitmentKind.GRANT, null, "80000.00", "80000.00", decided);
        CommitmentDetails fromCaf = fx.awarded(caf, CommitmentKind.GRANT, null, "50000.00", "50000.00", decided);
        for (CommitmentDetails c : new CommitmentDetails[] {state, fromCaf}) {
            assertThat(officer.post(
                            "/api/allocations",
                            "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":%s}"
                                    .formatted(c.id(), projectId, c.amountAwarded())))
                    .extracting(HttpResponse::statusCode)
                    .isEqualTo(201);
        }

        HttpResponse<String> plan = viewer.get("/api/projects/" + projectId + "/financing-plan");
        assertThat(plan.statusCode()).isEqualTo(200);
        BigDecimal city = new BigDecimal("20000.00");
        BigDecimal others = new BigDecimal("80000.00"); // the CAF's 50 000 is not public money
        BigDecimal rate = new BigDecimal("0.30");
        BigDecimal minimum = city.add(others).multiply(rate).setScale(2, RoundingMode.CEILING);
        assertThat(read(plan, "$.rateSource")).isEqualTo("CHEF_DE_FILE");
        assertThat(amount(plan, "$.floor.rate")).isEqualByComparingTo(rate);
        assertThat(amount(plan, "$.floor.totalPublic")).isEqualByComparingTo(city.add(others));
        assertThat(amount(plan, "$.floor.minimumCity")).isEqualByComparingTo(minimum);
        assertThat(amount(plan, "$.floor.margin")).isEqualByComparingTo(city.subtract(minimum));
        assertThat(read(plan, "$.floor.status")).isEqualTo("BROKEN");
        assertThat(amount(plan, "$.floor.takeOverFromOthers")).isEqualByComparingTo(minimum.subtract(city));
        // 80 000 × 0.3 / 0.7 = 34 285.714… → 34 285.72
        assertThat(amount(plan, "$.floor.addCityMoney")).isEqualByComparingTo("14285.72");
        assertThat(amount(plan, "$.privateMoney")).isEqualByComparingTo("50000.00");
        assertThat(amount(plan, "$.fctva"))
                .isEqualByComparingTo(new BigDecimal("540000.00").multiply(new BigDecimal("0.16404")));
        assertThat(amount(plan, "$.leverageAwarded")).isEqualByComparingTo("6.50");
        assertThat((String) read(plan, "$.leverageDefinition")).contains("÷");

        HttpResponse<String> portfolio = viewer.get("/api/funding/portfolio?projectId=" + projectId);
        assertThat(portfolio.statusCode()).as(portfolio.body()).isEqualTo(200);
        assertThat(amount(portfolio, "$.partnerAwarded")).isEqualByComparingTo("130000.00");
        assertThat(amount(portfolio, "$.cityFunding")).isEqualByComparingTo(city);
        assertThat(amount(portfolio, "$.leverageAwarded")).isEqualByComparingTo("6.50");
        HttpResponse<String> later =
                viewer.get("/api/funding/portfolio?projectId=" + projectId + "&awardedFrom=2026-03-11");
        assertThat(amount(later, "$.partnerAwarded")).isEqualByComparingTo("0.00");
        HttpResponse<String> inPeriod = viewer.get(
                "/api/funding/portfolio?projectId=" + projectId + "&awardedFrom=2026-03-10&awardedTo=2026-03-10");
        assertThat(amount(inPeriod, "$.partnerAwarded")).isEqualByComparingTo("130000.00");
        HttpResponse<String> backwards =
                viewer.get("/api/funding/portfolio?awardedFrom=2026-03-11&awardedTo=2026-03-10");
        assertThat(backwards.statusCode()).isEqualTo(422);
    }

    @Test
    void anExemptionNeedsItsDecisionAndTheEligibleExpenseStaysWithinTheCostHt() {
        HttpResponse<String> noDecision = new ApiClient(port)
                .basic("officer", "levier-demo-2026")
                .language("en")
                .post(
                        "/api/projects",
                        project(
                                "FLX-" + FundingFixtures.unique(),
                                "{\"exemption\":\"PROTECTED_MONUMENT\"}",
                                "450000.00"));
        assertThat(noDecision.statusCode()).isEqualTo(422);
        assertThat((String) read(noDecision, "$.fieldErrors['floorTerms.exemptionReference']"))
                .contains("préfet's decision")
                .contains("L1111-10");
        HttpResponse<String> withDecision = officer.post(
                "/api/projects",
                project(
                        "FLX-" + FundingFixtures.unique(),
                        "{\"exemption\":\"PUBLIC_CALAMITY\",\"exemptionReference\":\"Arrêté 26-01\",\"exemptionDecidedOn\":\"2026-02-01\"}",
                        "450000.00"));
        assertThat(withDecision.statusCode()).as(withDecision.body()).isEqualTo(201);
        HttpResponse<String> plan = viewer.get("/api/projects/" + read(withDecision, "$.id") + "/financing-plan");
        assertThat(read(plan, "$.floor.status")).isEqualTo("EXEMPT");
        assertThat(read(plan, "$.floor.exemption")).isEqualTo("PUBLIC_CALAMITY");

        HttpResponse<String> aboveHt =
                officer.post("/api/projects", project("FLY-" + FundingFixtures.unique(), "null", "500000.01"));
        assertThat(aboveHt.statusCode()).isEqualTo(422);
        assertThat((String) read(aboveHt, "$.fieldErrors.eligibleExpense")).contains("coût HT");
    }
}
