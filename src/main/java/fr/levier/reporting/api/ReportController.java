package fr.levier.reporting.api;

import fr.levier.partner.PartnerType;
import fr.levier.reporting.ReportFilter;
import fr.levier.reporting.ReportFormat;
import fr.levier.reporting.ReportName;
import fr.levier.reporting.ReportTables;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.InvalidParametersException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funding reports for the finance software. The representation follows the {@code Accept} header:
 * JSON (a page of lines and the totals), CSV, XLSX or PDF (the whole report, as the screen exports it).
 */
@RestController
@Tag(
        name = "Reports",
        description =
                "Funding reports for the finance department (FINANCE, ADMIN, OFFICER; VIEWER unless the city restricted reports)")
@PreAuthorize("@reportAccess.mayReadLines()")
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_PAGE = 1000;

    private final ReportTables tables;

    ReportController(ReportTables tables) {
        this.tables = tables;
    }

    /** The filters shared by every representation. */
    record Query(
            @Parameter(description = "Fiscal year (1 January–31 December); overridden by from/to")
            Integer year,

            @Parameter(description = "First day, ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,

            @Parameter(description = "Last day, ISO date; the as-of date of receivables-aging")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,

            @Parameter(description = "Only this project") Long projectId,
            @Parameter(description = "Only this funder") Long partnerId,

            @Parameter(description = "Only funders of this type")
            PartnerType funderType,

            @Parameter(description = "Only projects of this officer (username)")
            String officer) {

        ReportFilter filter() {
            LocalDate f = from;
            LocalDate t = to;
            if (year != null) {
                f = f != null ? f : LocalDate.of(year, 1, 1);
                t = t != null ? t : LocalDate.of(year, 12, 31);
            }
            if (f != null && t != null && f.isAfter(t)) {
                throw new BusinessRuleException("from", "La date de début est postérieure à la date de fin.");
            }
            return new ReportFilter(f, t, projectId, partnerId, funderType, officer);
        }
    }

    @GetMapping(value = "/api/reports/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A report as JSON: a page of lines (amounts as numbers in euros, dates ISO) and the totals",
            description = "Names: funding-by-project, funding-by-partner, funding-by-funder-type, receivables-aging,"
                    + " cash-forecast, mecenat-receipts, deadlines. Send Accept: text/csv, " + XLSX
                    + " or application/pdf for the whole report as a file.")
    @ApiResponse(responseCode = "200", description = "The page and the totals")
    @ApiResponse(responseCode = "403", description = "Not allowed (viewers when the city restricted reports)")
    @ApiResponse(responseCode = "404", description = "Unknown report name")
    Map<String, Object> json(
            @PathVariable String name,
            @org.springdoc.core.annotations.ParameterObject Query query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @Parameter(
                            description = "Sort on a column key (see columns[].sortable), e.g. awarded,desc;"
                                    + " repeat for several. Other columns are refused (400).")
                    @RequestParam(required = false)
                    List<String> sort,
            Locale locale) {
        ReportName report = report(name);
        ReportFilter filter = query.filter();
        Page<Map<String, Object>> lines = tables.json(
                report, filter, PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE), sort(report, sort)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("report", report.slug());
        out.put("title", tables.title(report, locale));
        out.put("filters", tables.describe(filter, locale));
        out.put("columns", tables.columns(report, locale));
        out.put("page", lines.getNumber());
        out.put("size", lines.getSize());
        out.put("totalElements", lines.getTotalElements());
        out.put("totals", tables.jsonTotals(report, filter));
        out.put("rows", lines.getContent());
        return out;
    }

    @GetMapping(value = "/api/reports/{name}", produces = "text/csv")
    @Operation(summary = "The whole report as CSV for French Excel (UTF-8 with BOM, semicolons, decimal commas)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(
            @PathVariable String name, @org.springdoc.core.annotations.ParameterObject Query query, Locale locale) {
        return file(name, query, ReportFormat.CSV, locale);
    }

    @GetMapping(value = "/api/reports/{name}", produces = XLSX)
    @Operation(summary = "The whole report as an Excel workbook (euro format, frozen header, autofilter)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(
            @PathVariable String name, @org.springdoc.core.annotations.ParameterObject Query query, Locale locale) {
        return file(name, query, ReportFormat.XLSX, locale);
    }

    @GetMapping(value = "/api/reports/{name}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The whole report as PDF (city, title, filters, date, page numbers, totals)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(
            @PathVariable String name, @org.springdoc.core.annotations.ParameterObject Query query, Locale locale) {
        return file(name, query, ReportFormat.PDF, locale);
    }

    private ResponseEntity<byte[]> file(String name, Query query, ReportFormat format, Locale locale) {
        ReportName report = report(name);
        byte[] body = tables.export(report, query.filter(), format, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        format == ReportFormat.CSV ? "text/csv;charset=UTF-8" : format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(tables.fileName(report, format))
                                .build()
                                .toString())
                .body(body);
    }

    /** {@code sort=awarded,desc&sort=project}: only the report's sortable columns, else a 400 naming them. */
    private Sort sort(ReportName report, List<String> params) {
        if (params == null || params.isEmpty()) {
            return Sort.unsorted();
        }
        java.util.Set<String> allowed = new java.util.TreeSet<>(tables.sortable(report));
        List<Sort.Order> orders = new java.util.ArrayList<>();
        // Spring splits a single "a,desc" into two values: join them back and read pairs
        List<String> parts = params.stream()
                .flatMap(p -> java.util.Arrays.stream(p.split(",")))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        for (int i = 0; i < parts.size(); i++) {
            String field = parts.get(i);
            if (!allowed.contains(field)) {
                throw new InvalidParametersException(
                        Map.of("sort", Messages.get("api.error.sortField", field, String.join(", ", allowed))));
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (i + 1 < parts.size()
                    && Sort.Direction.fromOptionalString(parts.get(i + 1)).isPresent()) {
                direction = Sort.Direction.fromString(parts.get(++i));
            }
            orders.add(new Sort.Order(direction, field));
        }
        return Sort.by(orders);
    }

    private static ReportName report(String name) {
        return ReportName.ofSlug(name)
                .orElseThrow(() -> new NotFoundException("Report " + name + " (known: "
                        + String.join(
                                ", ",
                                List.of(ReportName.values()).stream()
                                        .map(ReportName::slug)
                                        .toList())
                        + ")"));
    }
}
