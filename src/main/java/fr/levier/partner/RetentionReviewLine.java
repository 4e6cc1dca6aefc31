package fr.levier.partner;

import java.time.LocalDate;

/**
 * A contact listed by the monthly RGPD retention review.
 *
 * @param reviewId     the review line
 * @param contactId    the contact
 * @param contactName  its name, as today
 * @param partners     the prospects it belongs to
 * @param lastActivity its last interaction (or its creation when it never had one)
 * @param listedOn     when the review listed it
 * @param status       {@code PENDING}, {@code ANONYMISED} or {@code KEPT}
 */
public record RetentionReviewLine(
        long reviewId,
        long contactId,
        String contactName,
        String partners,
        LocalDate lastActivity,
        LocalDate listedOn,
        String status) {}
