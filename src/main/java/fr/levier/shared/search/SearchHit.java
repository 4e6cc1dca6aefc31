package fr.levier.shared.search;

/**
 * One result of the global search.
 *
 * @param kindKey i18n key of the kind of record, e.g. {@code search.kind.partner}
 * @param label   what to show, e.g. the partner's name
 * @param detail  a second line (town, SIRET, e-mail…), may be empty
 * @param route   where to navigate, e.g. {@code partners/42}
 */
public record SearchHit(String kindKey, String label, String detail, String route) {}
