package fr.levier.funding;

import fr.levier.partner.importing.ImportField;
import fr.levier.partner.importing.ImportLine;
import fr.levier.partner.importing.ImportOutcome;
import fr.levier.partner.importing.ImportRow;
import fr.levier.partner.importing.ImportRowsHandler;
import fr.levier.partner.importing.ImportTarget;
import fr.levier.partner.importing.ValueVocabulary;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.DossierDates;
import fr.levier.shared.i18n.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports projects through {@link ProjectService}: a new code creates the project, a known code updates
 * it (its version read in the same transaction). Lives in funding because the import module belongs to
 * partner and project depends on nothing but shared.
 */
@Component
class ProjectImportHandler implements ImportRowsHandler {

    private final ProjectService projects;
    private final FinancingPlanService plans;
    private final TransactionTemplate tx;
    private final Map<ImportField, ValueVocabulary> vocabularies = new EnumMap<>(ImportField.class);

    ProjectImportHandler(ProjectService projects, FinancingPlanService plans, PlatformTransactionManager txm) {
        this.projects = projects;
        this.plans = plans;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        vocabularies.put(
                ImportField.PROJECT_STATUS,
                ValueVocabulary.ofEnum(
                        ProjectStatus.class,
                        "projectStatus.",
                        Map.of(
                                ProjectStatus.IDEA, List.of("idee", "piste", "projet"),
                                ProjectStatus.STUDY, List.of("etude", "en etude", "faisabilite"),
                                ProjectStatus.INSTRUCTING, List.of("instruction", "en instruction", "depose"),
                                ProjectStatus.APPROVED, List.of("approuve", "valide", "vote", "lance"),
                                ProjectStatus.IN_PROGRESS, List.of("en cours", "travaux", "chantier"),
                                ProjectStatus.COMPLETED, List.of("termine", "acheve", "livre", "fini"),
                                ProjectStatus.ABANDONED, List.of("abandonne", "annule", "arrete"))));
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.PROJECTS;
    }

    @Override
    public Map<ImportField, ValueVocabulary> vocabularies() {
        return vocabularies;
    }

    @Override
    public Result run(List<ImportRow> rows, Locale locale, boolean apply) {
        return ImportReplay.run(tx, rows, locale, apply, (row, context) -> write(row, context, locale), this::warnings);
    }

    @SuppressWarnings("unchecked")
    private ImportLine write(ImportRow row, Map<String, Object> context, Locale l) {
        String code = ImportLines.required(row, ImportField.PROJECT_CODE, l).trim();
        ProjectInput input = ProjectInput.builder()
                .code(code)
                .name(ImportLines.required(row, ImportField.PROJECT_NAME, l))
                .officerUsername(row.get(ImportField.PROJECT_OFFICER))
                .status(
                        row.get(ImportField.PROJECT_STATUS) == null
                                ? ProjectStatus.IDEA
                                : ProjectStatus.valueOf(row.get(ImportField.PROJECT_STATUS)))
                .totalCostExclTax(ImportLines.amount(row, ImportField.PROJECT_COST, l))
                .eligibleExpense(ImportLines.amount(row, ImportField.PROJECT_ELIGIBLE, l))
                .cityFunding(ImportLines.amount(row, ImportField.PROJECT_CITY_FUNDING, l))
                .dates(new DossierDates(
                        ImportLines.date(row, ImportField.PROJECT_OPENED, l),
                        null,
                        null,
                        null,
                        null,
                        null,
                        ImportLines.date(row, ImportField.PROJECT_WORKS_STARTED, l),
                        ImportLines.date(row, ImportField.PROJECT_COMPLETED, l)))
                .build();
        Optional<ProjectSummary> existing = byCode(projects, code);
        ProjectDetails saved;
        ImportOutcome outcome;
        String reason = "";
        if (existing.isPresent()) {
            ProjectDetails current = projects.get(existing.get().id()).orElseThrow();
            saved = projects.update(current.id(), current.version(), merge(current, input));
            outcome = ImportOutcome.UPDATE;
            reason = Messages.get(l, "import.reason.updates", current.name());
        } else {
            saved = projects.create(input);
            outcome = ImportOutcome.CREATE;
        }
        ((Set<Long>) context.get("projects")).add(saved.id());
        return new ImportLine(
                row.line(),
                outcome,
                ImportLines.label(row),
                reason,
                existing.map(ProjectSummary::id).orElse(null));
    }

    /** The file's values over the project's current ones (a blank cell keeps what is there). */
    private static ProjectInput merge(ProjectDetails current, ProjectInput in) {
        return ProjectInput.builder()
                .code(in.code())
                .name(in.name())
                .status(in.status())
                .dates(in.dates())
                .description(current.description())
                .totalCostExclTax(in.totalCostExclTax() != null ? in.totalCostExclTax() : current.totalCostExclTax())
                .totalCostInclTax(current.totalCostInclTax())
                .eligibleExpense(in.eligibleExpense() != null ? in.eligibleExpense() : current.eligibleExpense())
                .cityFunding(in.cityFunding() != null ? in.cityFunding() : current.cityFunding())
                .officerUsername(in.officerUsername() != null ? in.officerUsername() : current.officerUsername())
                .cityOwner(current.cityOwner())
                .floorTerms(current.floorTerms())
                .build();
    }

    static Optional<ProjectSummary> byCode(ProjectService projects, String code) {
        return projects.find(new ProjectFilter(code, null, null, null), PageRequest.of(0, 20)).stream()
                .filter(p -> p.code().equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    /** Floor and lapse warnings of the projects a file touched, after all its lines. */
    List<String> warnings(Set<Long> projectIds, Locale l) {
        return ImportWarnings.of(plans, projectIds, l);
    }
}
