package fr.levier.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multi-row {@code INSERT … VALUES (…),(…)} of many rows into one table, the fastest portable way to
 * load MariaDB and H2 from JDBC. Columns the generator does not name but the schema requires (NOT NULL
 * without a default, added by later changelogs) are filled with a neutral value of their type, so the
 * generator survives schema growth.
 */
final class BulkInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final List<Object> fillers = new ArrayList<>();
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private final int named;
    private PreparedStatement full;
    private long rows;

    BulkInsert(Connection connection, String table, String... names) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = new ArrayList<>(List.of(names));
        this.named = names.length;
        DatabaseMetaData meta = connection.getMetaData();
        for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            boolean found = false;
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, t, null)) {
                while (rs.next()) {
                    found = true;
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                    String def = rs.getString("COLUMN_DEF");
                    boolean hasDefault = def != null && !def.isBlank() && !"NULL".equalsIgnoreCase(def);
                    if (required && !hasDefault && !columns.contains(column)) {
                        columns.add(column);
                        fillers.add(neutral(rs.getInt("DATA_TYPE")));
                    }
                }
            }
            if (found) {
                break;
            }
        }
    }

    private static Object neutral(int sqlType) {
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT, Types.TINYINT -> Boolean.FALSE;
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> 0;
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> BigDecimal.ZERO;
            case Types.DATE -> java.sql.Date.valueOf(LocalDate.of(2024, 1, 1));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.valueOf("2024-01-01 00:00:00");
            default -> "";
        };
    }

    private static final String[] ENTITY_COLUMNS = {
        "id", "version", "created_at", "updated_at", "created_by", "updated_by"
    };
    private static final Timestamp GENERATED_AT = Timestamp.valueOf("2026-11-01 09:00:00");

    /** An insert into an entity table: id, version and the audit columns come first, then {@code names}. */
    static BulkInsert entity(Connection connection, String table, String... names) throws SQLException {
        String[] all = new String[ENTITY_COLUMNS.length + names.length];
        System.arraycopy(ENTITY_COLUMNS, 0, all, 0, ENTITY_COLUMNS.length);
        System.arraycopy(names, 0, all, ENTITY_COLUMNS.length, names.length);
        return new BulkInsert(connection, table, all);
    }

    /** Queues one row of an {@link #entity} insert: version 0, created and updated by "bench". */
    void addEntity(long id, Object... values) throws SQLException {
        Object[] row = new Object[ENTITY_COLUMNS.length + values.length];
        Object[] head = {id, 0L, GENERATED_AT, GENERATED_AT, "bench", "bench"};
        System.arraycopy(head, 0, row, 0, head.length);
        System.arraycopy(values, 0, row, head.length, values.length);
        add(row);
    }

    /** Queues one row (values in the order of the names given to the constructor). */
    void add(Object... values) throws SQLException {
        Object[] row = new Object[columns.size()];
        System.arraycopy(values, 0, row, 0, named);
        for (int i = 0; i < fillers.size(); i++) {
            row[named + i] = fillers.get(i);
        }
        pending.add(row);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        PreparedStatement statement;
        if (pending.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            statement = full;
        } else {
            statement = connection.prepareStatement(sql(pending.size()));
        }
        int p = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(p++, value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
            }
        }
        statement.executeUpdate();
        if (statement != full) {
            statement.close();
        }
        rows += pending.size();
        pending.clear();
    }

    private String sql(int n) {
        String one = "(" + String.join(",", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(",", columns) + ") values "
                + String.join(",", java.util.Collections.nCopies(n, one));
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (full != null) {
            full.close();
        }
    }
}
