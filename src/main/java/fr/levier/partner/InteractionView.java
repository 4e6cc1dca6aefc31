package fr.levier.partner;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a timeline.
 *
 * @param id               id
 * @param partnerId        partner
 * @param partnerName      partner's name
 * @param kind             kind
 * @param occurredOn       date
 * @param subject          subject
 * @param summary          summary
 * @param contactNames     names of the contacts who took part
 * @param userParticipants logins of the city's participants
 * @param projectId        linked project id
 * @param commitmentId     linked commitment id
 * @param version          version, to send back with an update
 */
public record InteractionView(
        Long id,
        Long partnerId,
        String partnerName,
        InteractionKind kind,
        LocalDate occurredOn,
        String subject,
        String summary,
        List<String> contactNames,
        List<String> userParticipants,
        Long projectId,
        Long commitmentId,
        long version) {}
