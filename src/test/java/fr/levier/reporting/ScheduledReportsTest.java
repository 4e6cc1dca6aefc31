package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Scheduled reports sent as attachments through a real SMTP server (GreenMail), with their run log. */
@IntegrationTest
class ScheduledReportsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AsUser as;

    @Autowired
    ScheduledReports service;

    @Autowired
    ScheduledReportJob job;

    private Long created;

    @AfterEach
    void cleanUp() {
        if (created != null) {
            as.run("admin", () -> service.delete(created));
        }
    }

    private ScheduleSummary schedule(ScheduleFrequency frequency, String recipients) {
        ScheduleSummary s = as.call(
                "admin",
                () -> service.create(new ScheduleInput(
                        ReportName.FUNDING_BY_FUNDER_TYPE,
                        ReportFormat.XLSX,
                        frequency,
                        SchedulePeriod.YEAR_TO_DATE,
                        recipients,
                        true)));
        created = s.id();
        return s;
    }

    @Test
    void sendNowMailsTheReportAsAnAttachmentAndLogsTheRun() throws Exception {
        ScheduleSummary s = schedule(ScheduleFrequency.MONTHLY, "finances@romans.test; tresor@romans.test");
        RunSummary run = as.call("admin", () -> service.sendNow(s.id()));
        assertThat(run.sent()).isTrue();
        assertThat(run.recipients()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).startsWith("Financements par type de financeur – Ville de Romans-sur-Isère");
        Multipart parts = (Multipart) m.getContent();
        Part attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName())
                .startsWith("funding-by-funder-type-")
                .endsWith(".xlsx");
        try (InputStream in = attachment.getInputStream();
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Financements par type de financeur");
        }
        assertThat(as.call("admin", () -> service.lastRuns(5))).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(run.id());
            assertThat(r.report()).isEqualTo(ReportName.FUNDING_BY_FUNDER_TYPE);
            assertThat(r.sent()).isTrue();
        });
    }

    @Test
    void theJobSendsDueSchedulesOncePerDayOnly() {
        ScheduleSummary s = schedule(ScheduleFrequency.WEEKLY, "finances@romans.test");
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(job.runDue(monday.plusDays(1))).isZero(); // a Tuesday
        assertThat(job.runDue(monday)).isGreaterThanOrEqualTo(1);
        assertThat(job.runDue(monday)).isZero(); // already claimed that day (a second node would get 0 too)
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(as.call("admin", () -> service.schedules()))
                .filteredOn(x -> x.id().equals(s.id()))
                .first()
                .extracting(ScheduleSummary::lastRunOn)
                .isEqualTo(monday);
    }

    @Test
    void invalidAddressesAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> schedule(ScheduleFrequency.WEEKLY, "finances@romans.test, not-an-address"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not-an-address")
                .satisfies(
                        e -> assertThat(((BusinessRuleException) e).getField()).isEqualTo("recipients"));
    }

    @Test
    void aFailedSendingIsLoggedAsFailed() {
        ScheduleSummary s = schedule(ScheduleFrequency.MONTHLY, "finances@romans.test");
        smtp.stop();
        try {
            RunSummary run = as.call("admin", () -> service.sendNow(s.id()));
            assertThat(run.sent()).isFalse();
            assertThat(run.detail()).isNotBlank();
        } finally {
            smtp.start();
        }
    }
}
