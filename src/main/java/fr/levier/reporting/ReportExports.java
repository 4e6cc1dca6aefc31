package fr.levier.reporting;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report exports built in the background ("Mes exports"): asking for one records it and returns at
 * once; a worker writes the file to disk (the export directory) and marks it ready; the owner finds it
 * in the list, with its status and size, and downloads it until it expires ({@code
 * levier.reporting.export-hours}, 24 by default). Only its owner sees or downloads an export.
 *
 * <p>Several nodes must share the export directory (a volume) for a download to work from any node.
 */
@Service
public class ReportExports {

    private static final Logger log = LoggerFactory.getLogger(ReportExports.class);

    /** Exports listed at most. */
    public static final int LISTED = 50;

    private final ReportExportRepository exports;
    private final ReportTables tables;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final Path dir;
    private final Duration keep;
    private final ExecutorService workers;

    ReportExports(
            ReportExportRepository exports,
            ReportTables tables,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${levier.reporting.exports-dir:${java.io.tmpdir}/levier-exports}") Path dir,
            @Value("${levier.reporting.export-hours:24}") int hours,
            @Value("${levier.reporting.export-workers:2}") int workers) {
        this.exports = exports;
        this.tables = tables;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.dir = dir;
        this.keep = Duration.ofHours(hours);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "report-export-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Records an export and builds it in the background, with the rights of the current user.
     *
     * @return the export, running
     */
    @Transactional
    @PreAuthorize("@reportAccess.mayReadLines()")
    public ExportSummary start(ReportName name, ReportFilter filter, ReportFormat format, Locale locale) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Instant now = clock.instant();
        ReportExport export = exports.saveAndFlush(new ReportExport(
                user.getName(),
                name,
                format,
                tables.describe(filter, locale),
                tables.fileName(name, format),
                now.plus(keep)));
        long id = export.getId();
        Runnable job = () -> build(id, user, name, filter, format, locale);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.execute(job);
                }
            });
        } else {
            workers.execute(job);
        }
        return export.toSummary();
    }

    /** @return my exports not expired yet, newest first (at most {@value #LISTED}) */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ExportSummary> mine() {
        return exports.mine(me(), clock.instant(), PageRequest.of(0, LISTED)).stream()
                .map(ReportExport::toSummary)
                .toList();
    }

    /** @return one of my exports, empty when it is not mine, expired or unknown */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ExportSummary> get(long id) {
        return mineById(id).map(ReportExport::toSummary);
    }

    /**
     * Opens the file of one of my ready exports (the caller closes the stream).
     *
     * @throws NotFoundException when it is not mine, expired, unknown or not ready
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ExportFile open(long id) {
        ReportExport e = mineById(id)
                .filter(x -> x.getStatus() == ExportStatus.READY)
                .orElseThrow(() -> new NotFoundException("Export " + id));
        Path file = file(id);
        try {
            InputStream in = Files.newInputStream(file);
            return new ExportFile(e.getFileName(), e.getFormat().mediaType(), Files.size(file), in);
        } catch (IOException ex) {
            throw new NotFoundException("Export " + id);
        }
    }

    /** Deletes one of my exports and its file. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        ReportExport e = mineById(id).orElseThrow(() -> new NotFoundException("Export " + id));
        if (e.getStatus() == ExportStatus.RUNNING) {
            throw new BusinessRuleException("status", fr.levier.shared.i18n.Messages.get("report.export.stillRunning"));
        }
        exports.delete(e);
        deleteFile(id);
    }

    /** Stops the workers with the application (an export cut short stays RUNNING until it expires). */
    @jakarta.annotation.PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Removes the expired exports and their files; run by {@link ReportExportPurgeJob}. */
    int purgeExpired() {
        List<ReportExport> expired = separate.execute(s -> exports.findByExpiresAtBefore(clock.instant()));
        int n = 0;
        for (ReportExport e : expired) {
            separate.executeWithoutResult(s -> exports.deleteById(e.getId()));
            deleteFile(e.getId());
            n++;
        }
        return n;
    }

    private Optional<ReportExport> mineById(long id) {
        String me = me();
        Instant now = clock.instant();
        return exports.findById(id)
                .filter(e -> e.getOwner().equals(me))
                .filter(e -> e.toSummary().expiresAt().isAfter(now));
    }

    private static String me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    private void build(
            long id, Authentication user, ReportName name, ReportFilter filter, ReportFormat format, Locale locale) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        Path file = file(id);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                tables.export(
                        name,
                        filter,
                        format,
                        locale,
                        out,
                        (done, total) -> separate.executeWithoutResult(s -> exports.progress(id, done, total)));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(file);
            separate.executeWithoutResult(s -> exports.ready(id, size, clock.instant()));
        } catch (IOException | RuntimeException ex) {
            log.warn("Report export {} ({} {}) failed", id, name.slug(), format, ex);
            String why = ex instanceof BusinessRuleException b
                    ? b.getMessage()
                    : fr.levier.shared.i18n.Messages.get("report.export.failed");
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // left for the purge
            }
            separate.executeWithoutResult(s -> exports.failed(id, why, clock.instant()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Path file(long id) {
        return dir.resolve("export-" + id + ".bin");
    }

    private void deleteFile(long id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file of a ready export.
     *
     * @param fileName  the name it downloads as
     * @param mediaType its media type
     * @param size      its size in bytes
     * @param content   its bytes (to close)
     */
    public record ExportFile(String fileName, String mediaType, long size, InputStream content) {}
}
