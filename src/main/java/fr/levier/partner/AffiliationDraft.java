package fr.levier.partner;

import fr.levier.shared.validation.PlausibleDate;
import fr.levier.shared.validation.SafeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Links a contact to a partner.
 *
 * @param contactId contact
 * @param partnerId partner
 * @param role      role at the partner
 * @param startDate since (today when absent)
 */
public record AffiliationDraft(
        @NotNull Long contactId,
        @NotNull Long partnerId,
        @Size(max = 150) @SafeText String role,
        @PlausibleDate LocalDate startDate) {}
