package fr.levier.shared;

import java.time.Instant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Someone else saved the record since the user read it. Carries who and when, so the screen can
 * say it and keep the user's input (the API answers 409 like any optimistic-lock failure).
 */
public class StaleRecordException extends ObjectOptimisticLockingFailureException {

    private final String updatedBy;
    private final Instant updatedAt;

    /**
     * @param type      the entity class
     * @param id        its id
     * @param updatedBy who saved the fresh version
     * @param updatedAt when
     */
    public StaleRecordException(Class<?> type, Object id, String updatedBy, Instant updatedAt) {
        super(type, id);
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** @return who saved the fresh version */
    public String getUpdatedBy() {
        return updatedBy;
    }

    /** @return when */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
