package fr.levier.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Financial records (commitments, allocations, claims, payments, receipts) are never hard-deleted: no code
 * deletes them, and the API's DELETE cancels with a reason (required), the row staying for the reports.
 */
@IntegrationTest
class FinancialRecordsKeptTest {

    /** The repositories of financial records: no code may call their delete methods. */
    private static final Set<Class<?>> FINANCIAL = Set.of(
            CommitmentRepository.class,
            AllocationRepository.class,
            PaymentClaimRepository.class,
            MoneyLineRepository.class,
            MecenatReceiptRepository.class,
            CommitmentTermsRepository.class);

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.levier");

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noCodeDeletesAFinancialRecord() {
        DescribedPredicate<JavaCall<?>> deletesFinancialRecord = DescribedPredicate.describe(
                "a delete method of a financial repository",
                call -> call.getName().startsWith("delete")
                        && FINANCIAL.stream()
                                .anyMatch(r -> call.getTargetOwner().isAssignableTo(r)));
        noClasses().should().callMethodWhere(deletesFinancialRecord).check(APP);
        // nor through the entity manager in the funding module
        noClasses()
                .that()
                .resideInAPackage("fr.levier.funding..")
                .should()
                .callMethod(jakarta.persistence.EntityManager.class, "remove", Object.class)
                .check(APP);
    }

    @Test
    void deleteOnTheApiCancelsWithAReasonAndKeepsTheRows() {
        ApiClient officer = new ApiClient(port).basic("officer", "levier-demo-2026");
        String code = "KEEP-" + FundingFixtures.unique();
        HttpResponse<String> p = officer.post("/api/projects", """
                {"code":"%s","name":"Projet conservé %s","status":"APPROVED","totalCostExclTax":500000.00,
                 "totalCostInclTax":600000.00,"eligibleExpense":450000.00,"cityFunding":20000.00,"cityOwner":true}
                """.formatted(code, code));
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        int projectId = JsonPath.read(p.body(), "$.id");
        HttpResponse<String> c =
                officer.post("/api/commitments", """
                {"partnerId":%d,"programmeId":%d,"title":"DSIL conservée","kind":"GRANT","amountRequested":80000.00,
                 "amountAwarded":80000.00,"dates":{"notifiedOn":"2026-01-15"}}
                """.formatted(fx.partner(PartnerType.STATE), fx.programme("DSIL")));
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        int commitmentId = JsonPath.read(c.body(), "$.id");
        HttpResponse<String> a = officer.post(
                "/api/allocations",
                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":30000.00}".formatted(commitmentId, projectId));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        int allocationId = JsonPath.read(a.body(), "$.id");

        // without a reason: refused, nothing changes
        HttpResponse<String> noReason = officer.delete("/api/allocations/" + allocationId);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(officer.delete("/api/commitments/" + commitmentId).statusCode())
                .isEqualTo(400);

        assertThat(officer.delete("/api/allocations/" + allocationId + "?reason=Doublon")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> cancelled = officer.delete("/api/commitments/" + commitmentId + "?reason=Abandon");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(cancelled.body(), "$.status")).isEqualTo("WITHDRAWN");

        // the rows are still there, cancelled with their reason
        assertThat(jdbc.queryForList(
                        "select cancel_reason from allocation where id = ? and cancelled_on is not null",
                        String.class,
                        allocationId))
                .isEqualTo(List.of("Doublon"));
        assertThat(jdbc.queryForList(
                        "select cancel_reason from commitment where id = ? and status = 'WITHDRAWN'",
                        String.class,
                        commitmentId))
                .isEqualTo(List.of("Abandon"));
    }
}
