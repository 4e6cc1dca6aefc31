package fr.levier.partner;

/**
 * How many partners of one type (an SQL aggregate).
 *
 * @param type  kind of organisation
 * @param count number of partners
 */
public record PartnerCount(PartnerType type, long count) {}
