package fr.levier.partner;

/**
 * A saved segment with its live counts.
 *
 * @param id       id
 * @param version  version
 * @param name     name
 * @param criteria filter
 * @param partners number of matching partners
 * @param contacts number of member contacts
 */
public record SegmentView(Long id, long version, String name, SegmentCriteria criteria, long partners, long contacts) {}
