package fr.levier.partner;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The segment criteria another module knows about: "funds project X" and "funder of programme Y". The partner
 * module knows neither projects nor programmes; the funding module implements this and answers with partner
 * ids. Without an implementation these criteria match no partner.
 */
public interface SegmentCriterionProvider {

    /** What a criterion refers to. */
    enum Kind {
        /** A project of the portfolio: its funders (a commitment allocated to it, not refused or withdrawn). */
        PROJECT,
        /** A funding programme (DSIL, DETR, FEDER…): the partners with a commitment under it. */
        PROGRAMME
    }

    /**
     * One thing a criterion can refer to, for the editor's pickers.
     *
     * @param id    its id
     * @param label what the user reads (code and name)
     */
    record Choice(long id, String label) {}

    /** @return what a criterion of this kind can refer to, by label */
    List<Choice> choices(Kind kind);

    /** @return the label of the referred record, empty when it does not exist */
    Optional<String> label(Kind kind, long id);

    /** @return the ids of the partners matching the criterion */
    Set<Long> partnerIds(Kind kind, long id);
}
