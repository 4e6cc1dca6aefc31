package fr.levier.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the per-project funding rollup ({@code project_funding_rollup} and {@code project_funding_sum},
 * ADR 010 §15) current after every write that changes it: writes mark the projects (or commitments) they
 * touch, and the marked projects are recomputed from their allocations (delete the project's rows, insert
 * them again from {@link RollupSql}): a few index probes, never an increment, so
 * it cannot drift. The marks live with the Hibernate session of the transaction (the commit's own flush
 * adds to them) and are applied right after the transaction commits, in a short transaction of their own
 * (a Spring {@code afterCommit}, {@code REQUIRES_NEW}): recomputing inside the writer's transaction read
 * other writers' commitments of the same project with locking reads while holding its own, and two
 * writers of one project deadlocked on MariaDB. A reader of the rollup calls {@link #applyPending()} first
 * to see its own transaction's writes; a recompute that fails after the commit is logged and left to the
 * nightly check ({@link RollupRepairJob}).
 */
@Component
public class FundingRollup {

    /** Projects recomputed per statement (IN list). */
    static final int CHUNK = 500;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FundingRollup.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate afterCommit;

    @PersistenceContext
    private EntityManager em;

    /** The marks of each open transaction, by its session (removed when the transaction completes). */
    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

    FundingRollup(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.afterCommit = new TransactionTemplate(transactions);
        this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a transaction marked: projects, and commitments whose projects are read at recompute time. */
    private static final class Pending {
        final Set<Long> projects = new LinkedHashSet<>();
        final Set<Long> commitments = new LinkedHashSet<>();

        boolean isEmpty() {
            return projects.isEmpty() && commitments.isEmpty();
        }
    }

    /**
     * Brings the rollup up to date with the writes of the current transaction (flushing them first), so
     * a reader in the same transaction sees them. Does nothing outside a transaction or without marks.
     */
    public void applyPending() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        if (!pending.containsKey(session)) {
            return;
        }
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            em.flush();
        }
        apply(session);
    }

    /** Marks projects whose rollup rows must be recomputed once the current transaction commits. */
    void markProjects(SharedSessionContractImplementor session, Collection<Long> projectIds) {
        pendingOf(session).projects.addAll(projectIds);
    }

    /** Marks commitments: the projects they are allocated to are recomputed. */
    void markCommitments(SharedSessionContractImplementor session, Collection<Long> commitmentIds) {
        pendingOf(session).commitments.addAll(commitmentIds);
    }

    /** Marks the projects of a partner's commitments (its type changed: their rows move to another type). */
    void markPartner(long partnerId) {
        List<Long> projects = jdbc.sql("select distinct a.project_id from allocation a"
                        + " join commitment c on c.id = a.commitment_id where c.partner_id = :partnerId")
                .param("partnerId", partnerId)
                .query(Long.class)
                .list();
        markProjects(em.unwrap(SharedSessionContractImplementor.class), projects);
    }

    private Pending pendingOf(SharedSessionContractImplementor session) {
        return pending.computeIfAbsent(session, s -> {
            Pending p = new Pending();
            TransactionCompletionCallbacks callbacks = s.getTransactionCompletionCallbacks();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                // after the commit (the commit's own flush has marked by then), in a transaction of its own
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        applyCommitted(p);
                    }
                });
            } else {
                // no Spring transaction around this session: before its own completion, as a last resort
                callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::apply);
            }
            callbacks.registerCallback(
                    (TransactionCompletionCallbacks.AfterCompletionCallback) (ok, done) -> pending.remove(done));
            return p;
        });
    }

    /**
     * Recomputes, after the writer committed, what it marked. Never throws: the writer's work is committed
     * and must not be reported as failed; a project left behind is repaired by the nightly check.
     */
    private void applyCommitted(Pending p) {
        if (p.isEmpty()) {
            return;
        }
        try {
            afterCommit.executeWithoutResult(st -> apply(p));
        } catch (RuntimeException e) {
            log.warn(
                    "Funding rollup of {} project(s) / {} commitment(s) not recomputed after commit ({}): left to the"
                            + " nightly check",
                    p.projects.size(),
                    p.commitments.size(),
                    e.getClass().getSimpleName());
        }
    }

    /** Recomputes what the session's transaction marked (called after its flush). */
    private void apply(SharedSessionContractImplementor session) {
        Pending p = pending.get(session);
        if (p != null) {
            apply(p);
        }
    }

    private void apply(Pending p) {
        if (p.isEmpty()) {
            return;
        }
        Set<Long> projects = new LinkedHashSet<>(p.projects);
        for (List<Long> chunk : chunks(p.commitments)) {
            projects.addAll(jdbc.sql("select distinct project_id from allocation where commitment_id in (:ids)")
                    .param("ids", chunk)
                    .query(Long.class)
                    .list());
        }
        p.projects.clear();
        p.commitments.clear();
        recompute(projects);
    }

    /**
     * Recomputes the rollup rows of projects from their allocations.
     *
     * @param projectIds the projects
     */
    void recompute(Collection<Long> projectIds) {
        for (List<Long> chunk : chunks(projectIds)) {
            jdbc.sql("delete from project_funding_rollup where project_id in (:ids)")
                    .param("ids", chunk)
                    .update();
            jdbc.sql(RollupSql.insert("and a.project_id in (:ids)"))
                    .param("ids", chunk)
                    .update();
            jdbc.sql("delete from project_funding_sum where project_id in (:ids)")
                    .param("ids", chunk)
                    .update();
            jdbc.sql(RollupSql.insertProjectSums("and r.project_id in (:ids)"))
                    .param("ids", chunk)
                    .update();
        }
    }

    /** The portfolio's sums of one funder type, from the rollup (see {@link RollupSql}). */
    record PortfolioSums(
            fr.levier.partner.PartnerType type,
            long leverLines,
            BigDecimal lever,
            BigDecimal cashed,
            BigDecimal inKind,
            BigDecimal sponsorship) {}

    /**
     * The portfolio's money per funder type (awarded commitments, whatever their decision date).
     *
     * @param projectIds the projects counted, {@code null} for all
     */
    List<PortfolioSums> portfolioSums(Collection<Long> projectIds) {
        applyPending();
        return jdbc.sql("select r.partner_type, sum(r.pf_lines) n, sum(r.pf_lever) lever, sum(r.pf_cashed) cashed,"
                        + " sum(r.pf_in_kind) in_kind, sum(r.pf_sponsorship) sponsorship"
                        + " from project_funding_rollup r"
                        + (projectIds == null ? "" : " where r.project_id in (:ids)")
                        + " group by r.partner_type")
                .params(projectIds == null ? Map.of() : Map.of("ids", projectIds))
                .query((rs, i) -> new PortfolioSums(
                        fr.levier.partner.PartnerType.valueOf(rs.getString("partner_type")),
                        rs.getLong("n"),
                        zeroIfNull(rs.getBigDecimal("lever")),
                        zeroIfNull(rs.getBigDecimal("cashed")),
                        zeroIfNull(rs.getBigDecimal("in_kind")),
                        zeroIfNull(rs.getBigDecimal("sponsorship"))))
                .list();
    }

    /**
     * The city money of the projects receiving awarded partner money of the leverage kinds (the
     * portfolio's leverage denominator), from the rollup.
     *
     * @param projectIds the projects counted, {@code null} for all
     */
    BigDecimal portfolioCity(Collection<Long> projectIds) {
        applyPending();
        BigDecimal v = jdbc.sql("select sum(pr.city_funding) from project pr where pr.id in (select r.project_id"
                        + " from project_funding_sum r where r.pf_lines > 0"
                        + (projectIds == null ? "" : " and r.project_id in (:ids)") + ")")
                .params(projectIds == null ? Map.of() : Map.of("ids", projectIds))
                .query(BigDecimal.class)
                .single();
        return zeroIfNull(v);
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * The projects whose stored rollup rows differ from their definition recomputed now (the nightly check;
     * tests). Numbers are compared by value at the stored scale.
     *
     * @param projectIds the projects to check (at most a few hundred at a time)
     * @return those that drifted
     */
    public Set<Long> driftedProjects(Collection<Long> projectIds) {
        applyPending();
        Set<Long> out = new LinkedHashSet<>();
        for (List<Long> ids : chunks(projectIds)) {
            Map<Long, Set<List<Object>>> expected = rows(RollupSql.select("and a.project_id in (:ids)"), ids);
            Map<Long, Set<List<Object>>> stored = rows(
                    "select project_id, partner_type, " + String.join(", ", RollupSql.SUMS)
                            + " from project_funding_rollup where project_id in (:ids)",
                    ids);
            Map<Long, Set<List<Object>>> expectedSums = rows(
                    "select r.project_id, '*' partner_type, "
                            + RollupSql.SUMS.stream()
                                    .map(c -> "sum(r." + c + ") " + c)
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + " from project_funding_rollup r where r.project_id in (:ids) group by r.project_id",
                    ids);
            Map<Long, Set<List<Object>>> storedSums = rows(
                    "select project_id, '*' partner_type, " + String.join(", ", RollupSql.SUMS)
                            + " from project_funding_sum where project_id in (:ids)",
                    ids);
            for (Long id : ids) {
                if (!java.util.Objects.equals(expected.get(id), stored.get(id))
                        || !java.util.Objects.equals(expectedSums.get(id), storedSums.get(id))) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** Rows by project, each as its values (numbers at the stored scale, whatever the SQL's). */
    private Map<Long, Set<List<Object>>> rows(String sql, List<Long> ids) {
        Map<Long, Set<List<Object>>> out = new java.util.HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            List<Object> row = new ArrayList<>();
            row.add(rs.getString("partner_type"));
            for (String c : RollupSql.SUMS) {
                BigDecimal v = rs.getBigDecimal(c);
                // the cash kept is stored at 10 decimals; H2 divides with more
                row.add(v == null ? BigDecimal.ZERO.setScale(10) : v.setScale(10, java.math.RoundingMode.HALF_UP));
            }
            out.computeIfAbsent(rs.getLong("project_id"), k -> new java.util.HashSet<>())
                    .add(row);
        });
        return out;
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
