package fr.levier.funding;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Marks the rollup dirty on every JPA write of a commitment or an allocation (ADR 010 §15): a Hibernate
 * post-insert/update/delete listener, so services, imports and demo data are all covered without each
 * writer remembering to. An allocation marks its project (the old one too, were it to move); a
 * commitment marks itself, its projects being read when the rollup is recomputed.
 */
@Component
class RollupMarker implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The commitment properties the rollup reads; a change of any other (notes, dates…) marks nothing. */
    private static final Set<String> COMMITMENT_MONEY = Set.of(
            "partnerId",
            "kind",
            "status",
            "amountRequested",
            "amountAwarded",
            "claimedTotal",
            "cashedTotal",
            "openClaimsTotal",
            "repaidTotal");

    private final EntityManagerFactory emf;
    private final FundingRollup rollup;

    RollupMarker(EntityManagerFactory emf, FundingRollup rollup) {
        this.emf = emf;
        this.rollup = rollup;
    }

    @PostConstruct
    void register() {
        var registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        mark(event, event.getEntity(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Commitment && !moneyChanged(event)) {
            return;
        }
        mark(event, event.getEntity(), event.getOldState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        mark(event, event.getEntity(), null);
    }

    private void mark(
            org.hibernate.event.spi.AbstractPostDatabaseOperationEvent event, Object entity, Object[] oldState) {
        var session = event.getSession();
        if (entity instanceof Allocation a) {
            List<Long> projects = new ArrayList<>(2);
            projects.add(a.getProjectId());
            if (oldState != null) {
                Object before = oldState[index(event.getPersister(), "projectId")];
                if (before instanceof Long old && !old.equals(a.getProjectId())) {
                    projects.add(old);
                }
            }
            rollup.markProjects(session, projects);
        } else if (entity instanceof Commitment c) {
            rollup.markCommitments(session, List.of(c.getId()));
        }
    }

    private static boolean moneyChanged(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return true;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int i : dirty) {
            if (COMMITMENT_MONEY.contains(names[i])) {
                return true;
            }
        }
        return false;
    }

    private static int index(EntityPersister persister, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return i;
            }
        }
        throw new IllegalStateException("No property " + property);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
