package fr.levier.partner;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whether a partner's money counts as public funding (CGCT L1111-10).
 *
 * @param partnerId      the partner
 * @param type           its type, which gives the default
 * @param override       {@code true} / {@code false} when recorded on the partner, {@code null} when it follows the type
 * @param countsAsPublic the outcome: the override, else the type's default
 * @param version        the partner's version, to send with the next change
 */
@Schema(
        name = "PartnerPublicMoney",
        description = "Whether a partner's money is public (default from its type, overridable)")
public record PublicMoney(long partnerId, PartnerType type, Boolean override, boolean countsAsPublic, long version) {

    /** @return the public-money view of a partner summary */
    public static PublicMoney of(PartnerSummary p) {
        return new PublicMoney(p.id(), p.type(), p.publicMoney(), p.countsAsPublicMoney(), p.version());
    }

    /**
     * What a client sends.
     *
     * @param publicMoney {@code true} / {@code false}, or {@code null} to follow the type again
     * @param version     the partner's version read (required: 409 when someone saved it since)
     */
    @Schema(name = "PartnerPublicMoneyInput")
    public record Input(Boolean publicMoney, Long version) {}
}
