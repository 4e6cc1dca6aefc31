/**
 * Partners: the organisations of the InvestInRomans network (public bodies and private ones).
 * Public API: {@link fr.levier.partner.PartnerService}, {@link fr.levier.partner.PartnerType},
 * {@link fr.levier.partner.PartnerFilter} and the records it returns.
 */
package fr.levier.partner;
