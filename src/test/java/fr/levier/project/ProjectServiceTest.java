package fr.levier.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.DossierDates;
import fr.levier.shared.RecordDiff;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.search.SearchProvider;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Projects on the real database: unique codes, optimistic locking, milestones, documents, search. */
@IntegrationTest
class ProjectServiceTest {

    @Autowired
    AsUser as;

    @Autowired
    ProjectService projects;

    @Autowired
    List<SearchProvider> search;

    private ProjectInput input(String code, String name) {
        return ProjectInput.builder()
                .code(code)
                .name(name)
                .description("desc")
                .officerUsername("officer")
                .status(ProjectStatus.STUDY)
                .totalCostExclTax(new BigDecimal("100.00"))
                .totalCostInclTax(new BigDecimal("120.00"))
                .cityFunding(new BigDecimal("20.00"))
                .cityOwner(true)
                .leadBody(false)
                .dates(new DossierDates(
                        LocalDate.of(2026, 1, 5), null, null, LocalDate.of(2026, 3, 6), null, null, null, null))
                .build();
    }

    @Test
    void createsAProjectWithItsInstructionTimeAndRefusesADuplicateCode() {
        String code = "PS-" + FundingFixtures.unique();
        ProjectDetails p = as.call("officer", () -> projects.create(input(code, "Projet test")));
        assertThat(p.dates().instructionDays()).isEqualTo(60);
        assertThatThrownBy(() -> as.run("officer", () -> projects.create(input(code.toLowerCase(), "Autre"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("déjà utilisé");
    }

    @Test
    void aStaleUpdateSaysWhoSavedMeanwhile() {
        ProjectDetails p =
                as.call("officer", () -> projects.create(input("PS-" + FundingFixtures.unique(), "Concurrent")));
        as.run("admin", () -> projects.update(p.id(), p.version(), input(p.code(), "Renommé par l'admin")));
        assertThatThrownBy(() ->
                        as.run("officer", () -> projects.update(p.id(), p.version(), input(p.code(), "Ma version"))))
                .isInstanceOf(StaleRecordException.class)
                .satisfies(e ->
                        assertThat(((StaleRecordException) e).getUpdatedBy()).isEqualTo("admin"));
        ProjectDetails fresh = as.call("viewer", () -> projects.get(p.id())).orElseThrow();
        assertThat(RecordDiff.changed(p.toInput(), fresh.toInput())).containsExactly("name");
    }

    @Test
    void documentsAreTypeCheckedAndSizeLimited() {
        ProjectDetails p =
                as.call("officer", () -> projects.create(input("PS-" + FundingFixtures.unique(), "Documents")));
        byte[] pdf = HexFormat.of().parseHex("255044462d312e370a");
        DocumentSummary d = as.call("officer", () -> projects.attach(p.id(), "convention.pdf", "application/pdf", pdf));
        assertThat(as.call("viewer", () -> projects.documents(p.id())))
                .extracting(DocumentSummary::fileName)
                .containsExactly("convention.pdf");
        assertThat(as.call("viewer", () -> projects.document(d.id())).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> projects.attach(p.id(), "virus.pdf", "application/pdf", new byte[] {0x4d, 0x5a, 0, 0})))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("n’est pas accepté");
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> projects.attach(
                                p.id(),
                                "gros.pdf",
                                "application/pdf",
                                new byte[ProjectService.MAX_DOCUMENT_BYTES + 1])))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("10 Mo");
    }

    @Test
    void milestonesAndGlobalSearch() {
        ProjectDetails p =
                as.call("officer", () -> projects.create(input("PS-" + FundingFixtures.unique(), "Recherche Zéphyr")));
        as.run("officer", () -> projects.addMilestone(p.id(), "Phase 1", LocalDate.of(2027, 1, 1), null));
        assertThat(as.call("viewer", () -> projects.milestones(p.id())))
                .extracting(Milestone::label)
                .containsExactly("Phase 1");
        var hits = as.call("viewer", () -> search.stream()
                .flatMap(s -> s.search("Zéphyr", 5).stream())
                .toList());
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.route()).isEqualTo("projects/" + p.id());
            assertThat(h.kindKey()).isEqualTo("search.kind.project");
        });
    }
}
