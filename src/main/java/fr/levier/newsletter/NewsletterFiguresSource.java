package fr.levier.newsletter;

import fr.levier.dashboard.NewsletterFigures;
import fr.levier.dashboard.NewsletterFiguresProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reach and unsubscribes for the dashboard's partners perspective (SQL counts over the outbox). */
@Component
class NewsletterFiguresSource implements NewsletterFiguresProvider {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RecipientRepository recipients;

    NewsletterFiguresSource(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    @Override
    @Transactional(readOnly = true)
    public NewsletterFigures figures(LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(PARIS).toInstant();
        var end = to.plusDays(1).atStartOfDay(PARIS).toInstant();
        return new NewsletterFigures(
                recipients.countSent(start, end),
                recipients.countReached(start, end),
                recipients.countUnsubscribed(start, end));
    }
}
