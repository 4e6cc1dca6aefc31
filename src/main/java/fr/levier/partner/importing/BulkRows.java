package fr.levier.partner.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * New records of one entity written by multi-row {@code INSERT … VALUES (…),(…)}, without the persistence
 * context: the import's new partners, contacts, affiliations and consent-log lines. The columns, the ids (the
 * entity's own generator: the pooled sequence, shared with Hibernate) and the conversion of every value (enums,
 * instants in UTC, associations as foreign keys) come from Hibernate's mapping of the entity, so a row is what
 * {@code persist} would write, column for column, and a column added to the entity is written too. The entity
 * is built by its own constructor and domain methods (normalised names, search tokens…); the version and the
 * created/updated columns are set as Spring Data's auditing and Hibernate would on insert.
 *
 * <p>Element collections are not written here; see {@link #elements}.
 */
final class BulkRows<T> {

    /** Rows per statement: 500 rows of 30 columns stay far below the 65 535 parameters of a statement. */
    static final int ROWS_PER_STATEMENT = 500;

    private final EntityPersister persister;
    private final SharedSessionContractImplementor session;
    private final BeforeExecutionGenerator ids;
    private final String table;
    private final List<AttributeMapping> attributes = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final List<T> pending = new ArrayList<>();
    private final int createdAt;
    private final int updatedAt;
    private final int createdBy;
    private final int updatedBy;
    private final int version;

    BulkRows(SharedSessionContractImplementor session, Class<T> type) {
        this.session = session;
        this.persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        if (!(persister.getGenerator() instanceof BeforeExecutionGenerator generator)) {
            throw new IllegalStateException(type.getSimpleName() + " ids are not generated before the insert");
        }
        this.ids = generator;
        this.table = persister.getIdentifierMapping().getContainingTableExpression();
        persister.getIdentifierMapping().forEachSelectable((i, s) -> columns.add(s.getSelectionExpression()));
        persister.forEachAttributeMapping(a -> {
            if (a instanceof PluralAttributeMapping) {
                return;
            }
            attributes.add(a);
            a.forEachSelectable((i, s) -> {
                if (insertable(s)) {
                    columns.add(s.getSelectionExpression());
                }
            });
        });
        this.createdAt = position("createdAt");
        this.updatedAt = position("updatedAt");
        this.createdBy = position("createdBy");
        this.updatedBy = position("updatedBy");
        this.version = persister.getVersionMapping() == null
                ? -1
                : persister.getVersionMapping().getVersionAttribute().getStateArrayPosition();
    }

    private int position(String attribute) {
        return attributes.stream()
                .filter(a -> a.getAttributeName().equals(attribute))
                .mapToInt(AttributeMapping::getStateArrayPosition)
                .findFirst()
                .orElse(-1);
    }

    private static boolean insertable(SelectableMapping s) {
        return s.isInsertable() && !s.isFormula();
    }

    /**
     * Gives a new record its id (from the entity's sequence), its version and who/when created it, and queues
     * it for the next {@link #write}.
     *
     * @return its id
     */
    long add(T entity, Instant now, String user) {
        Object id = ids.generate(session, entity, null, EventType.INSERT);
        persister.setIdentifier(entity, id, session);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        set(entity, createdAt, at);
        set(entity, updatedAt, at);
        set(entity, createdBy, user);
        set(entity, updatedBy, user);
        if (version >= 0 && ((Number) persister.getPropertyValue(entity, version)).longValue() != 0) {
            // the version starts at 0 as Hibernate seeds it; a record built for the import has never been saved
            throw new IllegalStateException(table + ": a new record with a version");
        }
        pending.add(entity);
        return ((Number) id).longValue();
    }

    private void set(T entity, int position, Object value) {
        if (position >= 0) {
            persister.setValue(entity, position, value);
        }
    }

    /** @return the value of an element-collection attribute of a record (a partner's search tokens) */
    Collection<?> collection(T entity, String attribute) {
        return (Collection<?>) persister.getPropertyValue(entity, attribute);
    }

    /** @return the records queued and not written yet */
    List<T> pending() {
        return Collections.unmodifiableList(pending);
    }

    /** Writes the queued records, {@value #ROWS_PER_STATEMENT} per statement, and forgets them. */
    void write(Connection c) throws SQLException {
        for (int from = 0; from < pending.size(); from += ROWS_PER_STATEMENT) {
            List<T> slice = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement(insert(table, columns, slice.size()))) {
                int[] index = {1};
                for (T entity : slice) {
                    bind(ps, entity, index);
                }
                int written = ps.executeUpdate();
                if (written != slice.size()) {
                    throw new IllegalStateException(table + ": " + written + " rows written for " + slice.size());
                }
            }
        }
        pending.clear();
    }

    private void bind(PreparedStatement ps, T entity, int[] index) throws SQLException {
        Object[] values = persister.getValues(entity);
        persister
                .getIdentifierMapping()
                .decompose(persister.getIdentifier(entity, session), 0, ps, index, this::bindOne, session);
        for (AttributeMapping a : attributes) {
            a.decompose(values[a.getStateArrayPosition()], 0, ps, index, this::bindOne, session);
        }
    }

    private void bindOne(int valueIndex, PreparedStatement ps, int[] index, Object value, SelectableMapping s) {
        if (!insertable(s)) {
            return;
        }
        try {
            s.getJdbcMapping().getJdbcValueBinder().bind(ps, value, index[0]++, session);
        } catch (SQLException e) {
            throw new IllegalStateException("binding " + s.getSelectionExpression(), e);
        }
    }

    /**
     * Writes the rows of an element collection of basic values (a partner's search tokens), for records this
     * writer inserted.
     *
     * @param c        the connection
     * @param table    the collection table
     * @param key      its column naming the owner
     * @param element  its column holding the value
     * @param elements owner id and its values
     */
    static void elements(Connection c, String table, String key, String element, List<Owned> elements)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Owned o : elements) {
            for (Object v : o.values()) {
                rows.add(new Object[] {o.owner(), v});
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement ps = c.prepareStatement(insert(table, List.of(key, element), slice.size()))) {
                int i = 1;
                for (Object[] r : slice) {
                    ps.setLong(i++, (Long) r[0]);
                    ps.setObject(i++, r[1]);
                }
                ps.executeUpdate();
            }
        }
    }

    /** The values of one owner's element collection. */
    record Owned(Long owner, Collection<?> values) {}

    private static String insert(String table, List<String> columns, int rows) {
        String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(",", Collections.nCopies(rows, row));
    }
}
