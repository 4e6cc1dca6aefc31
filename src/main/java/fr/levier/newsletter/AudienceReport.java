package fr.levier.newsletter;

import java.util.Map;

/**
 * Who a campaign would reach now, and who it leaves out and why.
 *
 * @param total      contacts of the audience before the rules
 * @param recipients messages that would be sent
 * @param excluded   contacts left out, by reason (every reason present, zero when none)
 */
public record AudienceReport(long total, long recipients, Map<Exclusion, Long> excluded) {}
