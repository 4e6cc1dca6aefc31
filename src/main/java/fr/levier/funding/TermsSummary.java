package fr.levier.funding;

import java.time.Instant;
import java.util.List;

/**
 * The terms of an award and what the lapse clock reads from them.
 *
 * @param commitmentId the commitment
 * @param version      optimistic-locking version (0 before the first save)
 * @param terms        the recorded terms
 * @param lapse        the lapse verdict, {@code null} when no clock runs (not awarded, or paid)
 * @param messages     the findings and ceilings in the user's language, each naming its legal text
 * @param updatedBy    who last changed the terms
 * @param updatedAt    when
 */
public record TermsSummary(
        Long commitmentId,
        long version,
        TermsInput terms,
        LapseClock.Verdict lapse,
        List<String> messages,
        String updatedBy,
        Instant updatedAt) {}
