package fr.levier.reporting;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectService;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any report as a table of cells, for the report screen, the exports (XLSX, PDF, CSV) and the JSON API:
 * one layout per report, so the screen, the files and the API show the same figures.
 */
@Service
public class ReportTables {

    /** Lines fetched per query while exporting. */
    static final int CHUNK = 2000;

    private final ReportLayouts layouts;
    private final ReportCells cells;
    private final CityIdentitySource city;
    private final ProjectService projects;
    private final PartnerService partners;
    private final Clock clock;

    ReportTables(
            ReportLayouts layouts,
            ReportCells cells,
            CityIdentitySource city,
            ProjectService projects,
            PartnerService partners,
            Clock clock) {
        this.layouts = layouts;
        this.cells = cells;
        this.city = city;
        this.projects = projects;
        this.partners = partners;
        this.clock = clock;
    }

    /** @return the report's columns with their headers in the locale */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ReportColumn> columns(ReportName name, Locale locale) {
        java.util.Set<String> sortable = layouts.of(name).sortable();
        return layouts.of(name).columns().stream()
                .map(c -> new ReportColumn(
                        c.key(), header(c.key(), locale), ReportCells.numeric(c.type()), sortable.contains(c.key())))
                .toList();
    }

    /** @return the keys of the columns the report's lines may be sorted on */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Set<String> sortable(ReportName name) {
        return layouts.of(name).sortable();
    }

    /** @return a page of lines, each cell formatted for people (euros, dates in French) */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<List<String>> page(ReportName name, ReportFilter filter, Pageable pageable, Locale locale) {
        return values(name, filter, pageable).map(values -> display(name, values, locale));
    }

    /** @return the number of lines of the report (as the lazy grid asks for it) */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public long count(ReportName name, ReportFilter filter) {
        return values(name, filter, PageRequest.of(0, 1)).getTotalElements();
    }

    /** @return the totals line formatted for people; the first cell says "Total" (with the count) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<String> totals(ReportName name, ReportFilter filter, Locale locale) {
        List<String> line = new ArrayList<>(display(name, layouts.of(name).totals(filter), locale));
        line.set(0, totalLabel(line.get(0), locale));
        return line;
    }

    /** @return a page of lines as JSON objects (column key → number, ISO date, text or code) */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<Map<String, Object>> json(ReportName name, ReportFilter filter, Pageable pageable) {
        return values(name, filter, pageable).map(v -> jsonLine(name, v));
    }

    /** @return the totals as a JSON object */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Map<String, Object> jsonTotals(ReportName name, ReportFilter filter) {
        return jsonLine(name, layouts.of(name).totals(filter));
    }

    /**
     * Writes the whole report as a file, page by page.
     *
     * @param name     the report
     * @param filter   its filters
     * @param format   XLSX, PDF or CSV
     * @param locale   language of headers and labels
     * @param out      where to write (not closed)
     * @param progress told after each chunk of lines
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public void export(
            ReportName name,
            ReportFilter filter,
            ReportFormat format,
            Locale locale,
            OutputStream out,
            ExportProgress progress) {
        ReportSheet sheet = sheet(name, filter, locale, progress);
        switch (format) {
            case CSV -> CsvWriter.write(sheet, cells, locale, out);
            case XLSX -> XlsxWriter.write(sheet, cells, locale, out);
            case PDF -> PdfWriter.write(sheet, cells, locale, cells.t("report.page", locale), out);
        }
    }

    /** @return the whole report as a file */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public byte[] export(ReportName name, ReportFilter filter, ReportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(name, filter, format, locale, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    /** @return a file name such as {@code funding-by-project-2026-11-26.xlsx} */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public String fileName(ReportName name, ReportFormat format) {
        return name.slug() + "-" + java.time.LocalDate.now(clock) + "." + format.extension();
    }

    /** @return the report's title in the locale */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public String title(ReportName name, Locale locale) {
        return cells.t("report." + name.slug() + ".title", locale);
    }

    /** @return the filters in words, e.g. "Période : du 01/01/2026 au 31/12/2026 · Type : État" */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public String describe(ReportFilter f, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add(cells.t(
                    "report.filter.period",
                    locale,
                    f.from() == null ? "…" : FrenchFormats.date(f.from()),
                    f.to() == null ? "…" : FrenchFormats.date(f.to())));
        }
        if (f.projectId() != null) {
            parts.add(cells.t(
                    "report.filter.project",
                    locale,
                    projects.get(f.projectId()).map(ProjectDetails::name).orElse("#" + f.projectId())));
        }
        if (f.partnerId() != null) {
            parts.add(cells.t(
                    "report.filter.partner",
                    locale,
                    partners.get(f.partnerId()).map(PartnerSummary::name).orElse("#" + f.partnerId())));
        }
        if (f.funderType() != null) {
            parts.add(cells.t("report.filter.funderType", locale, cells.t("partnerType." + f.funderType(), locale)));
        }
        if (Sql.blankToNull(f.officer()) != null) {
            parts.add(cells.t("report.filter.officer", locale, f.officer()));
        }
        return parts.isEmpty() ? cells.t("report.filter.none", locale) : String.join(" · ", parts);
    }

    private ReportSheet sheet(ReportName name, ReportFilter filter, Locale locale, ExportProgress progress) {
        ReportLayout<Object> layout = layouts.of(name);
        CityIdentity identity = city.current();
        Consumer<Consumer<List<Object>>> feed = sink -> {
            long total = progress == ExportProgress.NONE ? 0 : count(name, filter);
            long[] done = {0};
            layout.forEach(filter, row -> {
                sink.accept(
                        layout.columns().stream().map(c -> c.value().apply(row)).toList());
                if (++done[0] % CHUNK == 0) {
                    progress.rowsDone(done[0], total);
                }
            });
            progress.rowsDone(done[0], Math.max(total, done[0]));
        };
        return new ReportSheet(
                title(name, locale),
                identity.name(),
                identity.logoPng(),
                describe(filter, locale),
                cells.t(
                        "report.generated",
                        locale,
                        LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))),
                cells.t("report.total", locale),
                layout.columns().stream().map(c -> header(c.key(), locale)).toList(),
                layout.columns().stream().map(ReportLayout.Column::type).toList(),
                feed,
                layout.totals(filter));
    }

    private Page<List<Object>> values(ReportName name, ReportFilter filter, Pageable pageable) {
        ReportLayout<Object> layout = layouts.of(name);
        return layout.page(filter, pageable)
                .map(row ->
                        layout.columns().stream().map(c -> c.value().apply(row)).toList());
    }

    private List<String> display(ReportName name, List<Object> values, Locale locale) {
        List<ReportLayout.Column<Object>> cols = layouts.<Object>of(name).columns();
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(cells.display(values.get(i), cols.get(i).type(), locale));
        }
        return out;
    }

    private Map<String, Object> jsonLine(ReportName name, List<Object> values) {
        List<ReportLayout.Column<Object>> cols = layouts.<Object>of(name).columns();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                out.put(cols.get(i).key(), ReportCells.json(values.get(i)));
            }
        }
        return out;
    }

    private String header(String key, Locale locale) {
        return cells.t("report.column." + key, locale);
    }

    private String totalLabel(String count, Locale locale) {
        String label = cells.t("report.total", locale);
        return count == null || count.isEmpty() ? label : label + " (" + count + ")";
    }
}
