package fr.levier.project;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.SqlPatterns;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads and edits the project portfolio, its milestones and documents. Read = viewer, edit = officer. */
@Service
@Validated
public class ProjectService {

    /** Largest document accepted: 10 MB. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final ProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final ProjectDocumentRepository documents;
    private final fr.levier.security.UserService users;

    ProjectService(
            ProjectRepository projects,
            ProjectMilestoneRepository milestones,
            ProjectDocumentRepository documents,
            fr.levier.security.UserService users) {
        this.users = users;
        this.projects = projects;
        this.milestones = milestones;
        this.documents = documents;
    }

    /**
     * A page of projects matching the filter.
     *
     * @param filter   criteria
     * @param pageable page and sort by entity property ({@code name}, {@code code}, {@code status}…)
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<ProjectSummary> find(ProjectFilter filter, Pageable pageable) {
        Set<Long> ids = filter.onlyIds();
        return projects.search(
                SqlPatterns.contains(filter.text()),
                filter.status(),
                blankToNull(filter.officerUsername()),
                ids != null,
                ids == null || ids.isEmpty() ? Set.of(-1L) : ids,
                pageable);
    }

    /** @return how many projects match the filter */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(ProjectFilter filter) {
        Set<Long> ids = filter.onlyIds();
        return projects.countMatching(
                SqlPatterns.contains(filter.text()),
                filter.status(),
                blankToNull(filter.officerUsername()),
                ids != null,
                ids == null || ids.isEmpty() ? Set.of(-1L) : ids);
    }

    /** @return the project, empty when there is none with that id */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<ProjectDetails> get(long id) {
        return projects.findById(id).map(Project::toDetails);
    }

    /** @return the total cost (HT) of the whole portfolio, computed in SQL */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public BigDecimal portfolioCost() {
        return projects.totalPortfolioCost();
    }

    /**
     * The city's own contribution summed over some projects (the leverage's denominator), in SQL.
     *
     * @param ids the projects
     * @return the sum, zero for none
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public BigDecimal cityFundingOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? BigDecimal.ZERO.setScale(2) : projects.cityFundingOf(ids);
    }

    /**
     * Creates a project.
     *
     * @param input what the user entered
     * @return the created project
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ProjectDetails create(@Valid ProjectInput input) {
        if (projects.existsByCodeIgnoreCase(input.code().trim())) {
            throw new BusinessRuleException(
                    "code", Messages.get("project.error.codeTaken", input.code().trim()));
        }
        check(input);
        Project p = new Project(input.code(), input.name());
        p.apply(input);
        return projects.saveAndFlush(p).toDetails();
    }

    /**
     * Changes a project.
     *
     * @param id      the project
     * @param version the version the user saw; another one means someone else saved meanwhile
     * @param input   what the user entered
     * @return the updated project
     * @throws StaleRecordException when someone else saved it since
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ProjectDetails update(long id, long version, @Valid ProjectInput input) {
        Project p = load(id);
        p.requireVersion(version);
        if (projects.existsByCodeIgnoreCaseAndIdNot(input.code().trim(), id)) {
            throw new BusinessRuleException(
                    "code", Messages.get("project.error.codeTaken", input.code().trim()));
        }
        check(input);
        p.apply(input);
        return projects.saveAndFlush(p).toDetails();
    }

    /**
     * Deletes a project that nothing funds any more.
     *
     * @param id the project
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        Project p = load(id);
        try {
            projects.delete(p);
            projects.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException(Messages.get("project.error.stillFunded"));
        }
    }

    /** @return the project's milestones, by planned date */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<Milestone> milestones(long projectId) {
        return milestones.findByProjectIdOrderByDueOnAsc(projectId).stream()
                .map(ProjectMilestone::toRecord)
                .toList();
    }

    /**
     * Adds a milestone.
     *
     * @param projectId the project
     * @param label     what it is
     * @param dueOn     planned date
     * @param doneOn    actual date, may be {@code null}
     * @return the milestone
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Milestone addMilestone(long projectId, String label, LocalDate dueOn, LocalDate doneOn) {
        load(projectId);
        if (label == null || label.isBlank()) {
            throw new BusinessRuleException("label", Messages.get("project.error.labelRequired"));
        }
        if (!fr.levier.shared.validation.SafeText.Validator.isSafe(label, false)) {
            throw new BusinessRuleException("label", Messages.get("project.error.unsafeText"));
        }
        if (!plausible(dueOn)) {
            throw new BusinessRuleException("dueOn", Messages.get("project.error.implausibleDate"));
        }
        if (!plausible(doneOn)) {
            throw new BusinessRuleException("doneOn", Messages.get("project.error.implausibleDate"));
        }
        return milestones
                .save(new ProjectMilestone(projectId, label.trim(), dueOn, doneOn))
                .toRecord();
    }

    /** Removes a milestone. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void removeMilestone(long milestoneId) {
        milestones.deleteById(milestoneId);
    }

    /** @return the project's documents, newest first, without content */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<DocumentSummary> documents(long projectId) {
        return documents.summaries(projectId);
    }

    /**
     * Attaches a file to a project after checking its size and type (PDF, images, office files).
     *
     * @param projectId   the project
     * @param fileName    original name
     * @param contentType MIME type announced by the browser
     * @param content     the bytes
     * @return the stored document
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public DocumentSummary attach(long projectId, String fileName, String contentType, byte[] content) {
        load(projectId);
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", Messages.get("project.error.emptyFile"));
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new BusinessRuleException(
                    "file", Messages.get("project.error.fileTooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024)));
        }
        String type = DocumentTypes.check(fileName, content)
                .orElseThrow(() -> new BusinessRuleException("file", Messages.get("project.error.fileType", fileName)));
        ProjectDocument d = documents.saveAndFlush(new ProjectDocument(projectId, fileName, type, content));
        return new DocumentSummary(d.getId(), fileName, type, content.length, d.getCreatedBy(), d.getCreatedAt());
    }

    /** @return a document's bytes for download */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public DocumentContent document(long documentId) {
        ProjectDocument d =
                documents.findById(documentId).orElseThrow(() -> new NotFoundException("Document " + documentId));
        return new DocumentContent(d.getFileName(), d.getContentType(), d.getContent());
    }

    /** Removes a document. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void removeDocument(long documentId) {
        documents.deleteById(documentId);
    }

    private static boolean plausible(LocalDate date) {
        return new fr.levier.shared.validation.PlausibleDate.Validator().isValid(date, null);
    }

    private void check(ProjectInput in) {
        if (in.officerUsername() != null
                && !in.officerUsername().isBlank()
                && users.findByUsername(in.officerUsername().trim()).isEmpty()) {
            throw new BusinessRuleException(
                    "officerUsername", Messages.get("project.error.unknownOfficer", in.officerUsername()));
        }
        BigDecimal totalCost = in.totalCostInclTax() != null ? in.totalCostInclTax() : in.totalCostExclTax();
        if (in.cityFunding() != null && totalCost != null && in.cityFunding().compareTo(totalCost) > 0) {
            throw new BusinessRuleException("cityFunding", Messages.get("project.error.cityFundingAboveCost"));
        }
        if (in.totalCostExclTax() != null
                && in.totalCostInclTax() != null
                && in.totalCostInclTax().compareTo(in.totalCostExclTax()) < 0) {
            throw new BusinessRuleException("totalCostInclTax", Messages.get("project.error.ttcBelowHt"));
        }
        if (in.eligibleExpense() != null
                && in.totalCostExclTax() != null
                && in.eligibleExpense().compareTo(in.totalCostExclTax()) > 0) {
            throw new BusinessRuleException("eligibleExpense", Messages.get("project.error.eligibleAboveHt"));
        }
        FloorTerms t = in.floorTerms() == null ? FloorTerms.NONE : in.floorTerms();
        if (t.exemption() != null) {
            if (Boolean.FALSE.equals(in.cityOwner())) {
                throw new BusinessRuleException(
                        "floorTerms.exemption", Messages.get("project.error.exemptionWithoutOwnership"));
            }
            if (blankToNull(t.exemptionReference()) == null) {
                throw new BusinessRuleException(
                        "floorTerms.exemptionReference",
                        Messages.get("project.error.exemptionReference." + t.exemption()));
            }
            if (t.exemptionDecidedOn() == null) {
                throw new BusinessRuleException(
                        "floorTerms.exemptionDecidedOn",
                        Messages.get("project.error.exemptionReference." + t.exemption()));
            }
        }
        if (t.ctecRate() != null && (t.chefDeFileField() == null || blankToNull(t.ctecReference()) == null)) {
            throw new BusinessRuleException("floorTerms.ctecReference", Messages.get("project.error.ctecIncomplete"));
        }
    }

    private Project load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("Project " + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
