package fr.levier.newsletter;

import fr.levier.partner.Civility;

/**
 * What the dispatcher needs of one claimed outbox row, read in one query for the whole batch (no entity
 * is loaded or tracked).
 */
record OutboxRow(
        long id,
        long campaignId,
        long contactId,
        String email,
        Civility civility,
        String firstName,
        String lastName,
        String partnerName,
        String language,
        String token,
        int attempts) {}
