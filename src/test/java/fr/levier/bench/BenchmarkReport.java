package fr.levier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of one benchmark run and writes them as a Markdown table. */
final class BenchmarkReport {

    /** One line: what, the measured figure, its baseline (same work, raw SQL/SMTP), goal and verdict. */
    record Line(String what, String figure, String baseline, String ratio, String goal, Boolean met) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String what, String figure, String baseline, String ratio, String goal, Boolean met) {
        lines.add(new Line(what, figure, baseline, ratio, goal, met));
        System.out.printf(
                Locale.ROOT, "BENCH | %s | %s | %s | %s | %s | %s%n", what, figure, baseline, ratio, goal, met);
    }

    /** A latency line: service call against its raw-SQL baseline. */
    void latency(String what, Measure service, Measure baseline, double maxRatio, double maxP95Ms) {
        if (baseline == null) {
            add(
                    what,
                    ms(service),
                    "—",
                    "—",
                    String.format(Locale.ROOT, "p95 < %.0f ms", maxP95Ms),
                    service.p95Ms() <= maxP95Ms);
            return;
        }
        double ratio = service.medianMs() / Math.max(0.001, baseline.medianMs());
        boolean met = ratio <= maxRatio && service.p95Ms() <= maxP95Ms;
        add(
                what,
                ms(service),
                baseline == null ? "—" : ms(baseline),
                String.format(Locale.ROOT, "%.2f×", ratio),
                String.format(Locale.ROOT, "≤ %.1f× and p95 < %.0f ms", maxRatio, maxP95Ms),
                met);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("BENCH note: " + text);
    }

    static String ms(Measure m) {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms (n=%d)", m.medianMs(), m.p95Ms(), m.runs());
    }

    void write(Path file, String environment, String caveat) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `./bench/run` (see the README, section Benchmarks) on ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(". Every figure is measured in the same run as its baseline (the same work done with raw ")
                .append("SQL or raw SMTP), so the ratio is meaningful even on a noisy machine.\n\n");
        if (caveat != null && !caveat.isBlank()) {
            md.append("> **Caveat**: ").append(caveat).append("\n\n");
        }
        md.append(environment).append("\n\n");
        md.append("| what | figure | baseline | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            md.append("| ")
                    .append(l.what())
                    .append(" | ")
                    .append(l.figure())
                    .append(" | ")
                    .append(l.baseline())
                    .append(" | ")
                    .append(l.ratio())
                    .append(" | ")
                    .append(l.goal())
                    .append(" | ")
                    .append(l.met() == null ? "—" : l.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
    }
}
