package fr.levier.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** CSV for French Excel: UTF-8 with a byte-order mark, semicolons, decimal commas, CRLF. */
final class CsvWriter {

    private CsvWriter() {}

    static void write(ReportSheet sheet, ReportCells cells, Locale locale, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, sheet.headers());
            sheet.lines().accept(values -> {
                try {
                    line(w, values.stream().map(v -> cells.csv(v, locale)).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<String> totals = new java.util.ArrayList<>(
                    sheet.totals().stream().map(v -> cells.csv(v, locale)).toList());
            totals.set(0, sheet.totalLabel() + (totals.get(0).isEmpty() ? "" : " (" + totals.get(0) + ")"));
            line(w, totals);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(quote(values.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String v) {
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
