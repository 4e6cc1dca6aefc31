package fr.levier.reporting;

import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.identity.CityIdentitySource;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a scheduled report's file and e-mails it as an attachment (Spring Mail), then logs the run.
 * The file is built with the rights of finance (the job has no user); the addresses were chosen by an
 * administrator. Runs outside any transaction: a slow mail server never holds a database lock.
 */
@Component
class ReportSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSender.class);

    private final ReportTables tables;
    private final ReportRunRepository runs;
    private final JavaMailSender mail;
    private final CityIdentitySource city;
    private final ReportCells cells;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    ReportSender(
            ReportTables tables,
            ReportRunRepository runs,
            JavaMailSender mail,
            CityIdentitySource city,
            ReportCells cells,
            TransactionTemplate tx,
            Clock clock,
            @Value("${levier.mail.from}") String from) {
        this.tables = tables;
        this.runs = runs;
        this.mail = mail;
        this.city = city;
        this.cells = cells;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    RunSummary send(ScheduleSummary s, LocalDate day) {
        Locale fr = Locale.FRENCH;
        ReportFilter filter = s.period().filterOn(day);
        String fileName = null;
        Long size = null;
        String error = null;
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "scheduled-reports", null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.FINANCE_NAME))));
        SecurityContextHolder.setContext(system);
        try {
            byte[] file = tables.export(s.report(), filter, s.format(), fr);
            fileName = tables.fileName(s.report(), s.format());
            size = (long) file.length;
            String title = tables.title(s.report(), fr);
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper h = new MimeMessageHelper(message, true, "UTF-8");
            h.setFrom(from);
            h.setTo(s.recipients().toArray(String[]::new));
            h.setSubject(title + " – " + city.current().name() + " – " + FrenchFormats.date(day));
            h.setText(cells.t("report.mail.body", fr, title, tables.describe(filter, fr), fileName));
            h.addAttachment(fileName, new ByteArrayResource(file), s.format().mediaType());
            mail.send(message);
        } catch (RuntimeException | jakarta.mail.MessagingException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("Scheduled report {} (schedule {}) failed: {}", s.report().slug(), s.id(), error);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        ReportRun run = new ReportRun(
                s.id(), clock.instant(), error == null, s.recipients().size(), fileName, size, error);
        return tx.execute(st -> runs.save(run).toSummary(s.report()));
    }
}
