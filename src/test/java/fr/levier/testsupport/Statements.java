package fr.levier.testsupport;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the SQL statements a service call sends through Hibernate: the call runs in a read-only
 * transaction of the test, so it joins the test's session, whose statements alone are counted (work
 * of other threads, such as scheduled jobs, is not).
 */
@Component
public class Statements {

    private final EntityManager em;
    private final TransactionTemplate readOnly;

    Statements(EntityManager em, PlatformTransactionManager transactions) {
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A result and the statements it took.
     *
     * @param result     what the work returned
     * @param statements how many statements it executed
     * @param <T>        the result's type
     */
    public record Counted<T>(T result, int statements) {}

    /** Runs {@code work} (already signed in) and counts its statements. */
    public <T> Counted<T> count(Supplier<T> work) {
        return readOnly.execute(status -> {
            AtomicInteger executed = new AtomicInteger();
            em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcExecuteStatementStart() {
                    executed.incrementAndGet();
                }
            });
            T result = work.get();
            return new Counted<>(result, executed.get());
        });
    }
}
