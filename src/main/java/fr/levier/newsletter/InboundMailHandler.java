package fr.levier.newsletter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on what the mailbox reader found: a hard bounce fails its outbox row and suppresses the address
 * (suppression list, reason hard bounce, with the status code), a soft one changes nothing, a request to
 * the unsubscribe address unsubscribes its signed token's person. The outbox row of a bounce is found by
 * the VERP token of the address it came back to, else by the Message-ID the report quotes, else by the
 * failed address among those we wrote to.
 */
@Component
class InboundMailHandler {

    /** What became of one inbound message. */
    enum Outcome {
        /** Hard bounce: address suppressed. */
        SUPPRESSED,
        /** Soft bounce: nothing to do. */
        IGNORED,
        /** The person left the list. */
        UNSUBSCRIBED,
        /** Unsubscribe request from someone already off the list. */
        ALREADY,
        /** Not ours, forged, or about no address we wrote to: left for a person to read. */
        UNKNOWN
    }

    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<?(\\d{1,18})\\.(\\d{1,18})\\.([\\w-]{8})@[^>]+>?");

    private final RecipientRepository recipients;
    private final Suppressions suppressions;
    private final UnsubscribeLinks links;
    private final UnsubscribeService unsubscribe;

    InboundMailHandler(
            RecipientRepository recipients,
            Suppressions suppressions,
            UnsubscribeLinks links,
            UnsubscribeService unsubscribe) {
        this.recipients = recipients;
        this.suppressions = suppressions;
        this.links = links;
        this.unsubscribe = unsubscribe;
    }

    @Transactional
    Outcome handle(InboundMail mail) {
        return switch (mail.kind()) {
            case BOUNCE -> bounce(mail);
            case UNSUBSCRIBE ->
                switch (unsubscribe.unsubscribeByMail(mail.token())) {
                    case UNSUBSCRIBED -> Outcome.UNSUBSCRIBED;
                    case ALREADY -> Outcome.ALREADY;
                    case INVALID -> Outcome.UNKNOWN;
                };
            case OTHER -> Outcome.UNKNOWN;
        };
    }

    private Outcome bounce(InboundMail mail) {
        DeliveryReport.Result report = mail.report();
        Recipient row = row(mail.token(), report);
        if (row == null) {
            return Outcome.UNKNOWN;
        }
        if (report.kind() != DeliveryReport.Kind.HARD) {
            return Outcome.IGNORED;
        }
        String why = "DSN " + report.status();
        recipients.bounced(row.getId(), why);
        suppressions.add(
                row.getEmail(),
                row.getContactId(),
                SuppressionReason.HARD_BOUNCE,
                why + " (campaign " + row.getCampaignId() + ")");
        return Outcome.SUPPRESSED;
    }

    private Recipient row(String token, DeliveryReport.Result report) {
        String id = token == null ? null : links.verifyMail(token);
        if (id != null) {
            Recipient r = recipients.findByToken(id);
            if (r != null) {
                return r;
            }
        }
        if (report.originalMessageId() != null) {
            Matcher m = OUR_MESSAGE_ID.matcher(report.originalMessageId().trim());
            if (m.matches()) {
                Recipient r = recipients.findById(Long.parseLong(m.group(2))).orElse(null);
                if (r != null
                        && r.getCampaignId() == Long.parseLong(m.group(1))
                        && r.getToken().startsWith(m.group(3))) {
                    return r;
                }
            }
        }
        if (report.recipient() != null) {
            var last = recipients.lastSentTo(report.recipient().toLowerCase(Locale.ROOT), PageRequest.of(0, 1));
            return last.isEmpty() ? null : last.get(0);
        }
        return null;
    }
}
