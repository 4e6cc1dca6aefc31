package fr.levier.funding;

import fr.levier.partner.PartnerType;
import fr.levier.shared.SqlPatterns;

/**
 * Funding's rules as SQL lists for native queries (funding's rollup, reporting's amount reports), built once
 * from the enums so that "which statuses count as awarded" or "which kinds count in the leverage" stays in
 * {@link CommitmentStatus}, {@link CommitmentKind} and {@link PartnerType}.
 */
public final class FundingSqlLists {

    private FundingSqlLists() {}

    /** Statuses whose awarded amount counts (awarded, signed, paid…). */
    public static final String AWARDED = SqlPatterns.inList(CommitmentStatus.values(), CommitmentStatus::isAwarded);

    /** Statuses with a signed agreement. */
    public static final String SIGNED = SqlPatterns.inList(CommitmentStatus.values(), CommitmentStatus::isSigned);

    /** Statuses that count nowhere (refused, lapsed, withdrawn). */
    public static final String DEAD = SqlPatterns.inList(CommitmentStatus.values(), CommitmentStatus::isDead);

    /** Funder types that are public bodies (the 20 % floor's public aid). */
    public static final String PUBLIC_TYPES = SqlPatterns.inList(PartnerType.values(), PartnerType::isPublicBody);

    /** Kinds of money that count as public funding. */
    public static final String PUBLIC_KINDS =
            SqlPatterns.inList(CommitmentKind.values(), CommitmentKind::countsInPublicFunding);

    /** Kinds of money that count in the leverage. */
    public static final String LEVER_KINDS =
            SqlPatterns.inList(CommitmentKind.values(), CommitmentKind::countsInLeverage);
}
