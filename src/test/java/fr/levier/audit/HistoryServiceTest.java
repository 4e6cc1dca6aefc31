package fr.levier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.security.NewUser;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The History tab's data and the audit log, read back from real Envers revisions. */
@IntegrationTest
class HistoryServiceTest {

    @Autowired
    HistoryService history;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    private UserSummary userChangedThreeTimes() {
        String login = "hist" + System.nanoTime() % 1_000_000;
        UserSummary u = as.call(
                "admin", () -> users.create(new NewUser(login, "Anne Avant", null, Role.VIEWER, "a-long-password-1")));
        UserSummary renamed = as.call(
                "admin", () -> users.update(u.id(), u.version(), "Anne Après", "anne@example.org", Role.VIEWER, true));
        return as.call(
                "admin",
                () -> users.update(
                        renamed.id(), renamed.version(), "Anne Après", "anne@example.org", Role.FINANCE, true));
    }

    @Test
    void eachRevisionListsWhoWhenAndTheFieldsItChangedNewestFirst() {
        UserSummary u = userChangedThreeTimes();

        List<HistoryEntry> page = as.call("admin", () -> history.page("AppUser", u.id(), 0, 10));

        assertThat(page).extracting(HistoryEntry::kind).containsExactly("MOD", "MOD", "ADD");
        assertThat(page).extracting(HistoryEntry::username).containsOnly("admin");
        assertThat(page.get(0).changes()).containsExactly(new FieldChange("role", Role.VIEWER, Role.FINANCE));
        assertThat(page.get(1).changes())
                .containsExactlyInAnyOrder(
                        new FieldChange("fullName", "Anne Avant", "Anne Après"),
                        new FieldChange("email", null, "anne@example.org"));
        // the creation lists the values set; the password hash is never shown
        assertThat(page.get(2).changes()).extracting(FieldChange::field).contains("username", "fullName", "role");
        assertThat(page.get(2).changes()).extracting(FieldChange::field).doesNotContain("passwordHash", "lastLoginAt");
        assertThat(as.call("admin", () -> history.count("AppUser", u.id()))).isEqualTo(3);
    }

    @Test
    void aPageInTheMiddleStillDiffsAgainstTheRevisionBeforeIt() {
        UserSummary u = userChangedThreeTimes();

        List<HistoryEntry> middle = as.call("admin", () -> history.page("AppUser", u.id(), 1, 1));

        assertThat(middle).hasSize(1);
        assertThat(middle.get(0).changes()).contains(new FieldChange("fullName", "Anne Avant", "Anne Après"));
    }

    @Test
    void usersHistoryIsForAdminsOnly() {
        UserSummary u = userChangedThreeTimes();
        assertThatThrownBy(() -> as.call("viewer", () -> history.page("AppUser", u.id(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuditLogFindsChangesByUserKindRecordAndPeriodAndExportsThem() {
        UserSummary u = userChangedThreeTimes();
        AuditLogFilter filter = new AuditLogFilter(
                "admin", "AppUser", String.valueOf(u.id()), LocalDate.now().minusDays(1), null);

        var lines = as.call("admin", () -> auditLog.search(filter, PageRequest.of(0, 10)));

        assertThat(lines.getTotalElements()).isEqualTo(3);
        assertThat(lines.getContent()).extracting(AuditLogLine::kind).containsExactly("MOD", "MOD", "ADD");
        // another user's filter, or a period before the change, finds none of them
        assertThat(as.call(
                        "admin",
                        () -> auditLog.count(
                                new AuditLogFilter("officer", "AppUser", String.valueOf(u.id()), null, null))))
                .isZero();
        assertThat(as.call(
                        "admin",
                        () -> auditLog.count(new AuditLogFilter(
                                null,
                                "AppUser",
                                String.valueOf(u.id()),
                                null,
                                LocalDate.now().minusDays(2)))))
                .isZero();

        StringWriter csv = new StringWriter();
        int written = as.call("admin", () -> auditLog.exportCsv(filter, csv));
        assertThat(written).isEqualTo(3);
        assertThat(csv.toString().lines())
                .hasSize(4)
                .allMatch(l -> l.startsWith("revision;") || l.contains(";admin;AppUser;" + u.id() + ";"));
        assertThatThrownBy(() -> as.call("officer", () -> auditLog.count(filter)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
