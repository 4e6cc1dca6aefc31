package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.dashboard.NewsletterFigures;
import fr.levier.dashboard.NewsletterFiguresProvider;
import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures the dashboard reads from the newsletter module, by value: messages sent, distinct contacts
 * reached and unsubscribes of a period of days in Paris time; a message that bounced after it was sent
 * reaches nobody.
 */
@IntegrationTest
class NewsletterFiguresTest {

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    NewsletterFiguresProvider figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @Test
    void sentReachedAndUnsubscribesCountTheDaysOfParisAndLeaveBouncesOut() {
        Audience a = fixtures.audience("Chiffres");
        a.consenting("Ann");
        a.consenting("Ben");
        long first = send(a, "Janvier");
        long second = send(a, "Janvier bis");
        // a January day of a past year no other test writes to (deltas keep a rerun safe anyway)
        LocalDate d = LocalDate.of(2001 + ThreadLocalRandom.current().nextInt(9), 1, 10);
        NewsletterFigures twoDaysBefore = figures.figures(d, d.plusDays(1));
        NewsletterFigures thirdDayBefore = figures.figures(d.plusDays(2), d.plusDays(2));

        at(first, a.email("ann"), "sent_at", d.atTime(10, 0));
        at(first, a.email("ben"), "sent_at", d.atTime(10, 0));
        jdbc.update(
                "update campaign_recipient set status = 'FAILED' where campaign_id = ? and email = ?",
                first,
                a.email("ben")); // bounced: a delivery report came back
        at(second, a.email("ann"), "sent_at", d.plusDays(1).atTime(22, 30)); // 23:30 in Paris: same day
        at(second, a.email("ann"), "unsubscribed_at", d.plusDays(1).atTime(12, 0));
        at(second, a.email("ben"), "sent_at", d.plusDays(1).atTime(23, 30)); // 00:30 in Paris: next day

        NewsletterFigures twoDays = figures.figures(d, d.plusDays(1));
        NewsletterFigures thirdDay = figures.figures(d.plusDays(2), d.plusDays(2));
        assertThat(twoDays.messagesSent() - twoDaysBefore.messagesSent()).isEqualTo(2);
        assertThat(twoDays.contactsReached() - twoDaysBefore.contactsReached()).isEqualTo(1);
        assertThat(twoDays.unsubscribes() - twoDaysBefore.unsubscribes()).isEqualTo(1);
        assertThat(thirdDay.messagesSent() - thirdDayBefore.messagesSent()).isEqualTo(1);
        assertThat(thirdDay.contactsReached() - thirdDayBefore.contactsReached())
                .isEqualTo(1);
        assertThat(thirdDay.unsubscribes() - thirdDayBefore.unsubscribes()).isZero();
    }

    private long send(Audience a, String subject) {
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft(subject, null, "<p>Bonjour</p>", a.segmentId(), null)));
        as.call("officer", () -> campaigns.send(c.id(), null));
        for (int i = 0;
                i < 10 && as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0;
                i++) {
            dispatcher.drain(20);
        }
        return c.id();
    }

    /** Sets a timestamp column of one row to a UTC time (the database stores UTC). */
    private void at(long campaignId, String email, String column, LocalDateTime utc) {
        int n = jdbc.update(
                "update campaign_recipient set " + column + " = ? where campaign_id = ? and email = ?",
                utc,
                campaignId,
                email);
        assertThat(n).isEqualTo(1);
    }
}
