package fr.levier.partner;

/**
 * Published inside the transaction that changed a partner's type (identity update, merge): figures kept
 * per funder type elsewhere (funding's per-project rollup) must move that partner's money to the new
 * type. Listeners use a plain {@code @EventListener} so they commit or roll back with the change.
 *
 * @param partnerId the partner whose type changed
 */
public record PartnerTypeChanged(long partnerId) {}
