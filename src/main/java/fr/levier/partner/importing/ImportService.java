package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports partners or contacts from CSV/XLSX: upload (read and detect), map columns (suggested from
 * French or English headers, or a saved mapping), dry run (a report line by line), apply (exactly
 * the report, all or nothing). Jobs belong to the user who uploaded them.
 */
@Service
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ImportJobs jobs;
    private final ImportPlanner planner;
    private final ImportApplier applier;
    private final ImportMappingRepository mappings;
    private final Clock clock;
    private final List<ImportRowsHandler> handlers;

    ImportService(
            ImportJobs jobs,
            ImportPlanner planner,
            ImportApplier applier,
            ImportMappingRepository mappings,
            Clock clock,
            List<ImportRowsHandler> handlers) {
        this.handlers = handlers;
        this.jobs = jobs;
        this.planner = planner;
        this.applier = applier;
        this.mappings = mappings;
        this.clock = clock;
    }

    /**
     * Reads an uploaded file.
     *
     * @param target      partners or contacts
     * @param fileName    its name
     * @param bytes       its content
     * @param mappingName a saved mapping to start from, or {@code null} for the automatic one
     * @return what was read and the suggested mapping
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public ImportUpload upload(ImportTarget target, String fileName, byte[] bytes, String mappingName) {
        TabularFile file;
        try {
            file = TabularReader.read(fileName, bytes);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("file", Messages.get("import.error.unreadable"));
        }
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(), username(), target, fileName, file, clock.instant(), Messages.current());
        job.mapping = ImportPlanner.suggest(target, file.headers());
        if (mappingName != null && !mappingName.isBlank()) {
            ImportMapping saved = mappings.findByTargetAndName(target, mappingName)
                    .orElseThrow(() -> new NotFoundException("mapping " + mappingName));
            job.mapping = resolve(target, parseSpec(saved.getColumnsSpec()), file.headers());
            job.valueChoices = ValueChoices.parse(saved.getValuesSpec());
        }
        jobs.add(job);
        LOG.info("Import {} uploaded: {} rows, {}", job.id, file.rows().size(), file.format());
        return new ImportUpload(
                job.id,
                target,
                fileName,
                file.format(),
                file.encoding(),
                file.separator() == 0 ? null : String.valueOf(file.separator()),
                file.headers(),
                file.rows().stream().limit(5).toList(),
                file.rows().size(),
                names(job),
                savedMappings(target));
    }

    /**
     * Dry run with a mapping: nothing is written.
     *
     * @param id      the job
     * @param mapping field name → column header; {@code null} keeps the current mapping
     * @return the report, line by line
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public ImportReport dryRun(String id, Map<String, String> mapping) {
        return dryRun(id, mapping, null);
    }

    /**
     * Dry run with a mapping and the choice for records that already exist: nothing is written.
     *
     * @param id       the job
     * @param mapping  field name → column header; {@code null} keeps the current mapping
     * @param existing update or skip the records that exist (same SIRET, same e-mail); {@code null} keeps the
     *                 current choice (update at first)
     * @return the report, line by line
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public ImportReport dryRun(String id, Map<String, String> mapping, ExistingRecords existing) {
        ImportJob job = owned(id);
        if (existing != null) {
            job.existing = existing;
        }
        if (job.state == ImportState.RUNNING || job.state == ImportState.DONE) {
            throw new BusinessRuleException(Messages.get("import.error.state"));
        }
        try {
            return analyse(job, mapping);
        } finally {
            jobs.save(job); // the mapping chosen is kept even when the dry run refuses it
        }
    }

    private ImportReport analyse(ImportJob job, Map<String, String> mapping) {
        if (mapping != null) {
            job.mapping = resolve(job.target, mapping, job.file.headers());
        }
        for (ImportField f : ImportField.of(job.target)) {
            if (f.required() && !job.mapping.containsKey(f)) {
                throw new BusinessRuleException(
                        f.name(), Messages.get("import.error.unmapped", Messages.get("importField." + f.name())));
            }
        }
        job.warnings = ignoredColumns(job);
        job.plan = handler(job.target).map(h -> planRows(job, h)).orElseGet(() -> planner.plan(job));
        job.toApply = (int) job.plan.stream()
                .filter(l -> l.outcome() == ImportOutcome.CREATE || l.outcome() == ImportOutcome.UPDATE)
                .count();
        job.processed = 0;
        job.error = null;
        job.state = ImportState.ANALYSED;
        return report(job);
    }

    /**
     * Applies the dry run's plan, in one transaction: either every create and update is written, or
     * nothing is (the report then says why). Runs on the caller's thread; screens call it from a
     * background thread and poll {@link #report(String)} for progress.
     *
     * @param id the job, analysed
     * @return the final report
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('OFFICER')")
    public ImportReport apply(String id) {
        ImportJob job = owned(id);
        if (job.state != ImportState.ANALYSED || !jobs.start(job)) {
            throw new BusinessRuleException(Messages.get("import.error.state"));
        }
        job.processed = 0;
        try {
            java.util.Optional<ImportRowsHandler> handler = handler(job.target);
            if (handler.isPresent()) {
                handler.get().run(job.accepted, job.locale, true);
                job.processed = job.accepted.size();
            } else {
                applier.apply(job);
            }
            job.state = ImportState.DONE;
            LOG.info("Import {} applied: {} lines written", job.id, job.processed);
            io.micrometer.core.instrument.Metrics.counter("levier.imports", "outcome", "done")
                    .increment();
        } catch (RuntimeException e) {
            job.processed = 0;
            job.error = e instanceof BusinessRuleException
                    ? e.getMessage()
                    : Messages.get(job.locale, "import.error.failed");
            job.state = ImportState.FAILED;
            io.micrometer.core.instrument.Metrics.counter("levier.imports", "outcome", "failed")
                    .increment();
            LOG.warn(
                    "Import {} failed and was rolled back: {}",
                    job.id,
                    e.getClass().getSimpleName());
        } finally {
            jobs.finish(job);
        }
        return report(job);
    }

    /** @return the job's report and progress */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public ImportReport report(String id) {
        return report(owned(id));
    }

    /** @return the current user's latest import, to find a running one again */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public java.util.Optional<ImportReport> latest() {
        return java.util.Optional.ofNullable(jobs.latestOf(username())).map(ImportService::report);
    }

    /**
     * Discards a job that is not being applied (a file uploaded by mistake, an import abandoned): it
     * no longer counts towards the user's cap.
     *
     * @param id the job
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('OFFICER')")
    public void discard(String id) {
        ImportJob job = owned(id);
        if (!jobs.discard(job)) {
            throw new BusinessRuleException(Messages.get("import.error.running"));
        }
    }

    /**
     * Saves the job's current mapping under a name, for the next file of the same shape.
     *
     * @param id   the job
     * @param name mapping name
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void saveMapping(String id, String name) {
        ImportJob job = owned(id);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new BusinessRuleException("name", Messages.get("import.error.mappingName"));
        }
        ImportMapping m = mappings.findByTargetAndName(job.target, name.trim())
                .orElseGet(() -> new ImportMapping(job.target, name.trim()));
        StringBuilder spec = new StringBuilder();
        names(job)
                .forEach((field, header) ->
                        spec.append(field).append('=').append(header).append('\n'));
        m.setColumnsSpec(spec.toString());
        m.setValuesSpec(ValueChoices.format(job.valueChoices));
        mappings.save(m);
    }

    /** @return names of the saved mappings of a target */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public List<String> savedMappings(ImportTarget target) {
        return mappings.findByTargetOrderByName(target).stream()
                .map(ImportMapping::getName)
                .toList();
    }

    /**
     * The value-mapping step: every distinct value of each mapped coded column, with its count, the
     * proposed known value and the user's choice.
     *
     * @param id the job
     * @return the values, by field then by decreasing count
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public List<ImportValue> values(String id) {
        return values(owned(id));
    }

    private List<ImportValue> values(ImportJob job) {
        Map<ImportField, ValueVocabulary> vocabularies = vocabularies(job.target);
        List<ImportValue> result = new ArrayList<>();
        job.mapping.forEach((field, col) -> {
            ValueVocabulary vocabulary = vocabularies.get(field);
            if (vocabulary == null) {
                return;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (List<String> row : job.file.rows()) {
                if (col < row.size() && !row.get(col).isBlank()) {
                    counts.merge(row.get(col).trim(), 1, Integer::sum);
                }
            }
            Map<String, String> choices = new LinkedHashMap<>();
            vocabulary.codes().forEach(c -> choices.put(c, vocabulary.label(c, job.locale)));
            Map<String, String> chosen = job.valueChoices.getOrDefault(field, Map.of());
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> result.add(new ImportValue(
                            field,
                            e.getKey(),
                            e.getValue(),
                            vocabulary.propose(e.getKey()).orElse(null),
                            chosen.get(e.getKey()),
                            choices)));
        });
        return result;
    }

    /**
     * Records the user's value choices (merged with the earlier ones); the next dry run uses them.
     *
     * @param id      the job
     * @param choices field name → (value as written → code, or {@code ""} to decline the value and refuse
     *                its lines)
     * @return the value-mapping step, updated
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public List<ImportValue> chooseValues(String id, Map<String, Map<String, String>> choices) {
        ImportJob job = owned(id);
        Map<ImportField, ValueVocabulary> vocabularies = vocabularies(job.target);
        Map<ImportField, Map<String, String>> merged = new EnumMap<>(ImportField.class);
        job.valueChoices.forEach((f, m) -> merged.put(f, new LinkedHashMap<>(m)));
        choices.forEach((fieldName, values) -> {
            ImportField field = field(job.target, fieldName);
            ValueVocabulary vocabulary = vocabularies.get(field);
            if (vocabulary == null) {
                throw new BusinessRuleException(fieldName, Messages.get("import.error.notCoded", fieldName));
            }
            values.forEach((cell, code) -> {
                String c = code == null ? "" : code.trim();
                if (!c.isEmpty() && !vocabulary.knows(c)) {
                    throw new BusinessRuleException(fieldName, Messages.get("import.error.unknownValue", c));
                }
                merged.computeIfAbsent(field, k -> new LinkedHashMap<>()).put(cell.trim(), c);
            });
        });
        job.valueChoices = merged;
        jobs.save(job);
        return values(job);
    }

    private Map<ImportField, ValueVocabulary> vocabularies(ImportTarget target) {
        return handler(target).map(ImportRowsHandler::vocabularies).orElseGet(planner::vocabularies);
    }

    private java.util.Optional<ImportRowsHandler> handler(ImportTarget target) {
        return handlers.stream().filter(h -> h.target() == target).findFirst();
    }

    /** Value mapping here, then the handler decides each remaining line. */
    private List<PlannedLine> planRows(ImportJob job, ImportRowsHandler handler) {
        Map<ImportField, ValueVocabulary> vocabularies = handler.vocabularies();
        List<PlannedLine> refused = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 0; r < job.file.rows().size(); r++) {
            List<String> row = job.file.rows().get(r);
            try {
                rows.add(new ImportRow(r + 2, ImportPlanner.coded(job, vocabularies, row)));
            } catch (ImportPlanner.LineProblem e) {
                refused.add(PlannedLine.reject(r + 2, row.isEmpty() ? "" : row.get(0), e.getMessage()));
            }
        }
        ImportRowsHandler.Result result = handler.run(rows, job.locale, false);
        List<PlannedLine> plan = new ArrayList<>(refused);
        Map<Integer, ImportRow> byLine = new java.util.HashMap<>();
        rows.forEach(row -> byLine.put(row.line(), row));
        List<ImportRow> accepted = new ArrayList<>();
        for (ImportLine l : result.lines()) {
            plan.add(new PlannedLine(
                            l.line(),
                            l.outcome(),
                            l.label(),
                            l.reason(),
                            l.existingId(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            "")
                    .warn(l.warning()));
            if (l.outcome() == ImportOutcome.CREATE || l.outcome() == ImportOutcome.UPDATE) {
                accepted.add(byLine.get(l.line()));
            }
        }
        plan.sort(java.util.Comparator.comparingInt(PlannedLine::line));
        job.accepted = accepted;
        List<String> warnings = new ArrayList<>(job.warnings);
        warnings.addAll(result.warnings());
        job.warnings = warnings;
        return plan;
    }

    /** A column nobody maps is said, not silently dropped. */
    private static List<String> ignoredColumns(ImportJob job) {
        List<String> ignored = new ArrayList<>();
        List<String> headers = job.file.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank() && !job.mapping.containsValue(i)) {
                ignored.add(headers.get(i));
            }
        }
        return ignored.isEmpty()
                ? List.of()
                : List.of(Messages.get(job.locale, "import.warning.ignoredColumns", String.join(", ", ignored)));
    }

    private ImportJob owned(String id) {
        ImportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner.equals(username())) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private static Map<String, String> parseSpec(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : spec.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    private static Map<ImportField, Integer> resolve(
            ImportTarget target, Map<String, String> mapping, List<String> headers) {
        Map<ImportField, Integer> result = new EnumMap<>(ImportField.class);
        mapping.forEach((fieldName, header) -> {
            ImportField field = field(target, fieldName);
            if (header == null || header.isBlank()) {
                return;
            }
            int col = headers.indexOf(header);
            if (col >= 0) {
                result.put(field, col);
            }
        });
        return result;
    }

    private static ImportField field(ImportTarget target, String fieldName) {
        try {
            ImportField field = ImportField.valueOf(fieldName);
            if (field.target() == target) {
                return field;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BusinessRuleException(fieldName, Messages.get("import.error.unknownField", fieldName));
    }

    private static Map<String, String> names(ImportJob job) {
        Map<String, String> m = new LinkedHashMap<>();
        job.mapping.forEach((f, col) -> m.put(f.name(), job.file.headers().get(col)));
        return m;
    }

    private static ImportReport report(ImportJob job) {
        List<PlannedLine> plan = job.plan;
        int[] counts = new int[ImportOutcome.values().length];
        List<ImportLine> lines = new ArrayList<>(plan.size());
        for (PlannedLine l : plan) {
            counts[l.outcome().ordinal()]++;
            lines.add(l.toLine());
        }
        return new ImportReport(
                job.id,
                job.target,
                job.fileName,
                job.state,
                names(job),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                job.processed,
                job.toApply,
                lines,
                job.error,
                job.warnings,
                job.existing);
    }

    private static String username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? "" : a.getName();
    }
}
