package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Amounts with more than two decimals are refused with a 400 naming the field in every funding
 * endpoint that takes money (allocations, claims, payments, gifts, repayments, commitments, terms,
 * programme ceilings): the database never rounds what a user typed.
 */
@IntegrationTest
class DecimalsApiTest {

    /** What the cases write against, created once (every request is refused, so nothing changes it). */
    record Fixture(
            long commitment,
            long commitmentVersion,
            long partner,
            long dsil,
            long allocation,
            long draftClaim,
            long sentClaim,
            long gift,
            long freeProject,
            LocalDate today) {}

    /** One endpoint: who calls it, how, and the field that must be named. */
    record Case(String role, String method, Function<Fixture, String> path, Function<Fixture, String> body) {}

    private static Fixture fixture;

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    CommitmentService commitments;

    @Autowired
    ClaimService claims;

    @Autowired
    Clock clock;

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "100000.00",
                "100000.00",
                new DossierDates(
                        null,
                        today.minusMonths(8),
                        null,
                        null,
                        today.minusMonths(6),
                        null,
                        today.minusMonths(1),
                        null));
        long project =
                fx.project("Décimales " + FundingFixtures.unique(), "100000.00").id();
        AllocationSummary a = as.call(
                "officer", () -> commitments.allocate(new AllocationInput(c.id(), project, new BigDecimal("100.00"))));
        ClaimSummary draft = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.INTERIM,
                                new BigDecimal("10.00"),
                                null,
                                ClaimStatus.DRAFT,
                                EnumSet.noneOf(SupportingDocument.class))));
        ClaimSummary sent = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.INTERIM,
                                new BigDecimal("10.00"),
                                today,
                                ClaimStatus.SENT,
                                EnumSet.noneOf(SupportingDocument.class))));
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY), CommitmentKind.MECENAT, null, "500.00", "500.00", DossierDates.NONE);
        CommitmentDetails fresh = as.call("viewer", () -> commitments.get(c.id()));
        fixture = new Fixture(
                c.id(),
                fresh.version(),
                fresh.partnerId(),
                fx.programme("DSIL"),
                a.id(),
                draft.id(),
                sent.id(),
                gift.id(),
                fx.project("Décimales libre " + FundingFixtures.unique(), "100000.00")
                        .id(),
                today);
    }

    private static String commitmentBody(Fixture f, String requested, String awarded, String counterpart) {
        return """
                {"partnerId":%d,"programmeId":%d,"title":"Décimales","kind":"GRANT","amountRequested":%s,
                 "amountAwarded":%s,"counterpartValue":%s,"dates":{"submittedOn":"%s","decidedOn":"%s"}}
                """.formatted(f.partner(), f.dsil(), requested, awarded, counterpart, f.today(), f.today());
    }

    private static String programmeBody(String advance) {
        return """
                {"code":"DEC-%s","name":"Décimales","stateRules":false,"advanceCeilingPct":%s,"sourceText":"Test"}
                """.formatted(FundingFixtures.unique().toUpperCase(java.util.Locale.ROOT), advance);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(
                        "POST /api/allocations",
                        "amount",
                        new Case(
                                "officer",
                                "POST",
                                f -> "/api/allocations",
                                f -> "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":1.001}"
                                        .formatted(f.commitment(), f.freeProject()))),
                Arguments.of(
                        "PUT /api/allocations/{id}",
                        "amount",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/allocations/" + f.allocation(),
                                f -> "{\"amount\":100.005,\"version\":0}")),
                Arguments.of(
                        "POST /api/claims",
                        "amount",
                        new Case(
                                "officer",
                                "POST",
                                f -> "/api/claims?commitmentId=" + f.commitment(),
                                f -> "{\"type\":\"INTERIM\",\"amount\":10.001,\"status\":\"DRAFT\"}")),
                Arguments.of(
                        "PUT /api/claims/{id}",
                        "amount",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/claims/" + f.draftClaim() + "?version=0",
                                f -> "{\"type\":\"INTERIM\",\"amount\":10.001,\"status\":\"DRAFT\"}")),
                Arguments.of(
                        "POST /api/claims/{id}/payment",
                        "cashedAmount",
                        new Case(
                                "finance",
                                "POST",
                                f -> "/api/claims/" + f.sentClaim() + "/payment?version=0",
                                f -> "{\"cashedAmount\":1.001,\"cashedOn\":\"%s\"}".formatted(f.today()))),
                Arguments.of(
                        "POST /api/commitments/{id}/gift",
                        "cashedAmount",
                        new Case(
                                "finance",
                                "POST",
                                f -> "/api/commitments/" + f.gift() + "/gift",
                                f -> "{\"cashedAmount\":1.001,\"cashedOn\":\"%s\"}".formatted(f.today()))),
                Arguments.of(
                        "POST /api/commitments/{id}/repayments",
                        "amount",
                        new Case(
                                "finance",
                                "POST",
                                f -> "/api/commitments/" + f.commitment() + "/repayments",
                                f -> "{\"amount\":1.001,\"paidOn\":\"%s\",\"reason\":\"x\"}".formatted(f.today()))),
                Arguments.of(
                        "POST /api/commitments (requested)",
                        "amountRequested",
                        new Case(
                                "officer",
                                "POST",
                                f -> "/api/commitments",
                                f -> commitmentBody(f, "1.001", "null", "null"))),
                Arguments.of(
                        "POST /api/commitments?status=AWARDED (awarded)",
                        "amountAwarded",
                        new Case(
                                "officer",
                                "POST",
                                f -> "/api/commitments?status=AWARDED",
                                f -> commitmentBody(f, "10.00", "9.999", "null"))),
                Arguments.of(
                        "POST /api/commitments (counterparts)",
                        "counterpartValue",
                        new Case(
                                "officer",
                                "POST",
                                f -> "/api/commitments",
                                f -> commitmentBody(f, "10.00", "null", "0.001"))),
                Arguments.of(
                        "PUT /api/commitments/{id}",
                        "amountAwarded",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/commitments/" + f.commitment() + "?version=" + f.commitmentVersion(),
                                f -> commitmentBody(f, "100000.00", "100000.001", "null"))),
                Arguments.of(
                        "PUT /api/commitments/{id}/terms (subsidised)",
                        "subsidisedExpense",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/commitments/" + f.commitment() + "/terms?version=0",
                                f -> "{\"subsidisedExpense\":250000.001}")),
                Arguments.of(
                        "PUT /api/commitments/{id}/terms (actual)",
                        "actualEligibleExpense",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/commitments/" + f.commitment() + "/terms?version=0",
                                f -> "{\"actualEligibleExpense\":1.001,\"actualRecordedOn\":\"%s\"}"
                                        .formatted(f.today()))),
                Arguments.of(
                        "PUT /api/commitments/{id}/terms (advance rate)",
                        "advancePct",
                        new Case(
                                "officer",
                                "PUT",
                                f -> "/api/commitments/" + f.commitment() + "/terms?version=0",
                                f -> "{\"advancePct\":30.001}")),
                Arguments.of(
                        "POST /api/programmes (ceiling)",
                        "advanceCeilingPct",
                        new Case("admin", "POST", f -> "/api/programmes", f -> programmeBody("30.001"))));
    }

    @ParameterizedTest(name = "{0} refuses 3 decimals naming {1}")
    @MethodSource("endpoints")
    void moreThanTwoDecimalsAreRefusedNamingTheField(String endpoint, String field, Case c) {
        ApiClient client = new ApiClient(port).basic(c.role(), "levier-demo-2026");
        String path = c.path().apply(fixture);
        String body = c.body().apply(fixture);
        HttpResponse<String> r = "PUT".equals(c.method()) ? client.put(path, body) : client.post(path, body);
        assertThat(r.statusCode()).as(endpoint + " → " + r.body()).isEqualTo(400);
        Map<String, String> errors = JsonPath.read(r.body(), "$.fieldErrors");
        assertThat(errors).as(r.body()).containsKey(field);
        assertThat(errors.get(field)).as(r.body()).contains("2");
    }
}
