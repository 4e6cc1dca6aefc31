package fr.levier.reporting;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Not a test: the export part of the benchmark suite, run in a child JVM with {@code -Xmx256m} so that
 * its peak heap is its own. Streams commitment rows (id, funder, title, kind, status, requested, awarded,
 * notified) from the database with a forward-only cursor and writes them with the reports' own streamed
 * writers ({@link XlsxWriter}: SXSSF, 100 rows in memory; {@link CsvWriter}), or, for the baseline, as a
 * plain CSV straight from JDBC. Prints one line {@code EXPORT mode rows seconds bytes peakHeapMb}.
 *
 * <p>Arguments: {@code xlsx|csv|raw jdbcUrl user password rowLimit outputFile}.
 */
public final class CommitmentExportProbe {

    private static final String SQL = "select c.id, p.name, c.title, c.kind, c.status, c.amount_requested,"
            + " c.amount_awarded, c.notified_on from commitment c join partner p on p.id = c.partner_id"
            + " order by c.id limit ?";

    private CommitmentExportProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long limit = Long.parseLong(args[4]);
        Path file = Path.of(args[5]);
        long t0 = System.nanoTime();
        long[] rows = {0};
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement(SQL, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(1000);
                ps.setLong(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    if (mode.equals("raw")) {
                        raw(rs, out, rows);
                    } else {
                        ReportSheet sheet = sheet(rs, rows);
                        if (mode.equals("xlsx")) {
                            XlsxWriter.write(sheet, new ReportCells(), Locale.FRANCE, out);
                        } else {
                            CsvWriter.write(sheet, new ReportCells(), Locale.FRANCE, out);
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT, "EXPORT %s %d %.2f %d %.0f%n", mode, rows[0], seconds, Files.size(file), peakHeapMb());
    }

    private static void raw(ResultSet rs, OutputStream out, long[] rows) throws SQLException, IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("id;funder;title;kind;status;requested;awarded;notified\r\n");
        while (rs.next()) {
            for (int i = 1; i <= 8; i++) {
                if (i > 1) {
                    w.write(';');
                }
                String v = rs.getString(i);
                w.write(v == null ? "" : CsvWriter.quote(v));
            }
            w.write("\r\n");
            rows[0]++;
        }
        w.flush();
    }

    private static ReportSheet sheet(ResultSet rs, long[] rows) {
        Consumer<Consumer<List<Object>>> feed = sink -> {
            try {
                while (rs.next()) {
                    List<Object> line = new ArrayList<>(8);
                    line.add(rs.getLong(1));
                    line.add(rs.getString(2));
                    line.add(rs.getString(3));
                    line.add(rs.getString(4));
                    line.add(rs.getString(5));
                    line.add(rs.getBigDecimal(6));
                    line.add(rs.getBigDecimal(7));
                    java.sql.Date notified = rs.getDate(8);
                    line.add(notified == null ? null : notified.toLocalDate());
                    sink.accept(line);
                    rows[0]++;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return new ReportSheet(
                "Engagements",
                "Benchmark",
                null,
                "",
                "",
                "Total",
                List.of("N°", "Financeur", "Intitulé", "Nature", "Statut", "Demandé", "Attribué", "Notifié le"),
                List.of(
                        ReportLayout.Type.INTEGER,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.MONEY,
                        ReportLayout.Type.MONEY,
                        ReportLayout.Type.DATE),
                feed,
                java.util.Arrays.asList(null, null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, null));
    }

    /** @return the most heap the pools ever held (garbage included): an upper bound of the live peak */
    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024.0 / 1024.0;
    }
}
