package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Setting up TOTP, checking codes once, recovery codes, the mandatory rule, HTTP Basic refused. */
@IntegrationTest
class TwoFactorServiceTest {

    private static final String PASSWORD = "a-long-password-1";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    @LocalServerPort
    int port;

    @AfterEach
    void optionalAgain() {
        as.run("admin", () -> twoFactor.setMandatory(false));
    }

    private UserSummary user(Role role) {
        String login = "tfa" + System.nanoTime() % 1_000_000;
        return as.call("admin", () -> users.create(new NewUser(login, "Deux Facteurs", null, role, PASSWORD)));
    }

    private static String codeAt(String secret, long stepOffset) {
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS + stepOffset;
        return Totp.hotp(Base32.decode(secret), "HmacSHA1", step, 6);
    }

    @Test
    void setUpThenEachCodeWorksOnceAndEachRecoveryCodeOnce() {
        UserSummary u = user(Role.OFFICER);
        TotpEnrolment e = as.call(u.username(), () -> twoFactor.startEnrolment());
        assertThat(e.otpauthUri()).startsWith("otpauth://totp/Levier%3A" + u.username() + "?secret=" + e.secret());
        assertThatThrownBy(() -> as.call(u.username(), () -> twoFactor.confirmEnrolment("000000")))
                .isInstanceOf(BusinessRuleException.class);

        List<String> recovery = as.call(u.username(), () -> twoFactor.confirmEnrolment(codeAt(e.secret(), -1)));

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(as.call(u.username(), () -> twoFactor.isEnabledForCurrentUser()))
                .isTrue();
        // the code used at set-up is spent; the next step's code works once
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser(codeAt(e.secret(), -1))))
                .isFalse();
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser(codeAt(e.secret(), 0))))
                .isTrue();
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser(codeAt(e.secret(), 0))))
                .isFalse();
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser(recovery.get(3))))
                .isTrue();
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser(recovery.get(3))))
                .isFalse();
        assertThat(as.call(u.username(), () -> twoFactor.verifyCurrentUser("zzzzz-zzzzz")))
                .isFalse();
        // a signed-in session must now give its second factor
        assertThat(twoFactor.stateAfterPassword(u.username(), List.of())).isEqualTo(TwoFactorState.CHALLENGE);
    }

    @Test
    void httpBasicIsRefusedToAnAccountWithTwoFactor() {
        UserSummary u = user(Role.VIEWER);
        ApiClient api = new ApiClient(port).basic(u.username(), PASSWORD);
        assertThat(api.get("/api/me").statusCode()).isEqualTo(200);
        TotpEnrolment e = as.call(u.username(), () -> twoFactor.startEnrolment());
        as.call(u.username(), () -> twoFactor.confirmEnrolment(codeAt(e.secret(), 0)));

        var refused = api.get("/api/me");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("API token");
    }

    @Test
    void whenMandatoryAdminAndFinanceMustSetItUpOthersNot() {
        UserSummary finance = user(Role.FINANCE);
        UserSummary viewer = user(Role.VIEWER);
        var any = List.of(new SimpleGrantedAuthority("ROLE_VIEWER"));
        assertThat(twoFactor.stateAfterPassword(finance.username(), any)).isEqualTo(TwoFactorState.PASSED);

        as.run("admin", () -> twoFactor.setMandatory(true));

        assertThat(twoFactor.stateAfterPassword(finance.username(), any)).isEqualTo(TwoFactorState.ENROL);
        assertThat(twoFactor.stateAfterPassword(viewer.username(), any)).isEqualTo(TwoFactorState.PASSED);
        // a FINANCE user cannot switch it off while it is mandatory
        TotpEnrolment e = as.call(finance.username(), () -> twoFactor.startEnrolment());
        as.call(finance.username(), () -> twoFactor.confirmEnrolment(codeAt(e.secret(), 0)));
        assertThatThrownBy(() -> as.run(finance.username(), () -> twoFactor.disableOwn(codeAt(e.secret(), 1))))
                .isInstanceOf(BusinessRuleException.class);
        // an admin resets it (lost phone): set up again at the next sign-in
        as.run("admin", () -> twoFactor.reset(finance.id()));
        assertThat(twoFactor.stateAfterPassword(finance.username(), any)).isEqualTo(TwoFactorState.ENROL);
    }
}
