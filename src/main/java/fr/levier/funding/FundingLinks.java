package fr.levier.funding;

import fr.levier.partner.LinkTargetProvider;
import fr.levier.partner.SegmentCriterionProvider;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What the partner module asks funding about: the partners behind a segment's "funds project X" / "funder of
 * programme Y" criteria, and the projects and commitments an interaction or a task can be linked to. Runs in
 * the caller's transaction and under its access rule (partner's services declare them). A commitment counts
 * as funding unless it was refused or withdrawn.
 */
@Component
class FundingLinks implements SegmentCriterionProvider, LinkTargetProvider {

    private static final Set<CommitmentStatus> NOT_FUNDING =
            Set.of(CommitmentStatus.REFUSED, CommitmentStatus.WITHDRAWN);
    private static final int MAX_PROJECTS = 2000;

    private final ProjectService projects;
    private final FundingProgrammeRepository programmes;

    @PersistenceContext
    private EntityManager em;

    FundingLinks(ProjectService projects, FundingProgrammeRepository programmes) {
        this.projects = projects;
        this.programmes = programmes;
    }

    // --- segment criteria

    @Override
    public List<Choice> choices(Kind kind) {
        if (kind == Kind.PROJECT) {
            return projects().stream().map(t -> new Choice(t.id(), t.label())).toList();
        }
        return programmes.findAll(Sort.by("code")).stream()
                .map(FundingProgramme::toSummary)
                .map(p -> new Choice(p.id(), p.code() + " – " + p.name()))
                .toList();
    }

    @Override
    public Optional<String> label(Kind kind, long id) {
        if (kind == Kind.PROJECT) {
            return project(id).map(Target::label);
        }
        return programmes.findById(id).map(FundingProgramme::toSummary).map(p -> p.code() + " – " + p.name());
    }

    @Override
    public Set<Long> partnerIds(Kind kind, long id) {
        String jpql = kind == Kind.PROJECT
                ? "select distinct c.partnerId from Commitment c, Allocation a where a.commitmentId = c.id"
                        + " and a.projectId = :id and c.status not in :excluded"
                : "select distinct c.partnerId from Commitment c where c.programmeId = :id and c.status not in :excluded";
        return new HashSet<>(em.createQuery(jpql, Long.class)
                .setParameter("id", id)
                .setParameter("excluded", NOT_FUNDING)
                .getResultList());
    }

    // --- link targets

    @Override
    public List<Target> projects() {
        return projects.find(ProjectFilter.ALL, PageRequest.of(0, MAX_PROJECTS, Sort.by("code"))).stream()
                .map(FundingLinks::target)
                .toList();
    }

    @Override
    public List<Target> commitmentsOf(long projectId, Long partnerId) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.title, c.partnerId from Commitment c, Allocation a where a.commitmentId = c.id"
                                + " and a.projectId = :project order by c.title",
                        Object[].class)
                .setParameter("project", projectId)
                .getResultList();
        return rows.stream()
                .sorted(java.util.Comparator.comparing(r -> partnerId == null || !partnerId.equals(r[2])))
                .map(r -> new Target((Long) r[0], (String) r[1], "commitments/" + r[0]))
                .toList();
    }

    @Override
    public Optional<Target> project(long id) {
        return projects.get(id).map(p -> new Target(id, p.code() + " – " + p.name(), "projects/" + id));
    }

    @Override
    public Optional<Target> commitment(long id) {
        return em.createQuery("select c.title from Commitment c where c.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(title -> new Target(id, title, "commitments/" + id));
    }

    @Override
    public boolean allocatedTo(long commitmentId, long projectId) {
        return em.createQuery(
                                "select count(a) from Allocation a where a.commitmentId = :c and a.projectId = :p",
                                Long.class)
                        .setParameter("c", commitmentId)
                        .setParameter("p", projectId)
                        .getSingleResult()
                > 0;
    }

    private static Target target(ProjectSummary p) {
        return new Target(p.id(), p.code() + " – " + p.name(), "projects/" + p.id());
    }
}
