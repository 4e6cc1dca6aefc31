package fr.levier.partner;

import fr.levier.shared.validation.PlausibleDate;
import fr.levier.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An interaction as entered.
 *
 * @param partnerId        the partner (required)
 * @param kind             meeting, call…
 * @param occurredOn       date
 * @param subject          one-line subject
 * @param summary          what was said
 * @param contactIds       contacts who took part
 * @param userParticipants logins of the city's participants
 * @param projectId        linked project id (optional)
 * @param commitmentId     linked commitment id (optional)
 */
public record InteractionDraft(
        @NotNull Long partnerId,
        @NotNull InteractionKind kind,
        @NotNull @PlausibleDate LocalDate occurredOn,
        @NotBlank @Size(max = 200) @SafeText String subject,
        @Size(max = 4000) @SafeText(multiline = true) String summary,
        Set<Long> contactIds,
        List<String> userParticipants,
        Long projectId,
        Long commitmentId) {}
