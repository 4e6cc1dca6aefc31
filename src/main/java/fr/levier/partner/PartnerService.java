package fr.levier.partner;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partners: paged lists for grids and the API, and SQL counts for indicators. */
@Service
public class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * A page of partners matching the filter.
     *
     * @param filter   the criteria
     * @param pageable page and sort (by entity property names: {@code name}, {@code town}…)
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<PartnerSummary> find(PartnerFilter filter, Pageable pageable) {
        return partners.search(like(filter.text()), filter.type(), filter.status(), pageable);
    }

    /**
     * One partner's summary.
     *
     * @param id the partner
     * @return the summary, empty when no such partner
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Optional<PartnerSummary> get(long id) {
        return partners.findById(id).map(p -> new PartnerSummary(p.getId(), p.getName(), p.getType(), p.getSiret(), p.getTown(),
                p.getStatus(), p.getOfficerUsername(), p.isInvestInRomans()));
    }

    /** @return the number of partners matching the filter */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(PartnerFilter filter) {
        return partners.countMatching(like(filter.text()), filter.type(), filter.status());
    }

    /** @return partners per type, largest first (computed in SQL) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<PartnerCount> countByType() {
        return partners.countByType();
    }

    /** @return the number of partners with that relationship status */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countByStatus(RelationshipStatus status) {
        return partners.countByStatus(status);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
