package fr.levier.partner;

/**
 * Two partners that look like one organisation.
 *
 * @param firstId    one (the older)
 * @param firstName  its name
 * @param secondId   the other
 * @param secondName its name
 * @param town       town of the first
 */
public record DuplicatePair(Long firstId, String firstName, Long secondId, String secondName, String town) {}
