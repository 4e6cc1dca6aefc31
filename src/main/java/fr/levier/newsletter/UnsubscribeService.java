package fr.levier.newsletter;

import fr.levier.partner.ConsentChannel;
import fr.levier.partner.ConsentLogService;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unsubscribes from a signed link, for people who never log in: the token is checked (HMAC), then in one
 * transaction the address is suppressed (pending messages of every campaign included), the contact's
 * consent is withdrawn and the consent log says how.
 */
@Service
public class UnsubscribeService {

    /** What the link points at. */
    public enum Outcome {
        /** The person is now off the list. */
        UNSUBSCRIBED,
        /** They already were. */
        ALREADY,
        /** Forged, damaged or unknown token. */
        INVALID
    }

    /**
     * The address a token belongs to, to show on the confirmation page.
     *
     * @param email   the address, or {@code null} for an invalid token
     * @param subject the newsletter's subject
     * @param done    whether the person already left from this message
     */
    public record Target(String email, String subject, boolean done) {}

    private final UnsubscribeLinks links;
    private final RecipientRepository recipients;
    private final CampaignRepository campaigns;
    private final Suppressions suppressions;
    private final ConsentLogService consent;
    private final Clock clock;

    UnsubscribeService(
            UnsubscribeLinks links,
            RecipientRepository recipients,
            CampaignRepository campaigns,
            Suppressions suppressions,
            ConsentLogService consent,
            Clock clock) {
        this.links = links;
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.suppressions = suppressions;
        this.consent = consent;
        this.clock = clock;
    }

    /** @return who a token unsubscribes, without changing anything (GET shows a confirmation page) */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Target target(String token) {
        Recipient r = find(token);
        if (r == null) {
            return new Target(null, null, false);
        }
        String subject =
                campaigns.findById(r.getCampaignId()).map(Campaign::getSubject).orElse("");
        return new Target(mask(r.getEmail()), subject, r.getUnsubscribedAt() != null);
    }

    /**
     * Unsubscribes the person a token belongs to, at once.
     *
     * @param token   the signed token of the link
     * @param oneClick whether the mail client sent RFC 8058's one-click POST
     * @return what happened
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Outcome unsubscribe(String token, boolean oneClick) {
        return leave(find(token), oneClick ? ConsentChannel.ONE_CLICK : ConsentChannel.UNSUBSCRIBE_LINK);
    }

    /**
     * Unsubscribes the person who wrote to the mailto address of {@code List-Unsubscribe}
     * ({@code unsubscribe+<token>@…}), read from the mailbox by the newsletter module.
     *
     * @param mailToken the signed token of the address
     * @return what happened ({@link Outcome#INVALID} for a forged or damaged token)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Outcome unsubscribeByMail(String mailToken) {
        String id = links.verifyMail(mailToken);
        return leave(id == null ? null : recipients.findByToken(id), ConsentChannel.UNSUBSCRIBE_MAIL);
    }

    private Outcome leave(Recipient r, ConsentChannel channel) {
        if (r == null) {
            return Outcome.INVALID;
        }
        if (r.getUnsubscribedAt() != null) {
            return Outcome.ALREADY;
        }
        r.setUnsubscribedAt(clock.instant());
        String subject =
                campaigns.findById(r.getCampaignId()).map(Campaign::getSubject).orElse("");
        suppressions.add(
                r.getEmail(), r.getContactId(), SuppressionReason.UNSUBSCRIBED, "campaign " + r.getCampaignId());
        consent.withdraw(r.getContactId(), channel, "« " + subject + " »");
        return Outcome.UNSUBSCRIBED;
    }

    private Recipient find(String token) {
        String id = links.verify(token);
        return id == null ? null : recipients.findByToken(id);
    }

    /** Shows enough of the address for the person to recognise it, not enough to harvest it. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return email;
        }
        return email.charAt(0) + "•••" + email.substring(at - 1);
    }
}
