package fr.levier.newsletter;

/**
 * Filters of the campaign list.
 *
 * @param text   start of the subject (case ignored), or {@code null}
 * @param status one status, or {@code null}
 */
public record CampaignFilter(String text, CampaignStatus status) {}
