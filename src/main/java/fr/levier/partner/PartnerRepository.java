package fr.levier.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    /** The columns of a list line ({@link PartnerSummary}); the list's own queries are in {@link PartnerListQueries}. */
    String SUMMARY =
            "select new fr.levier.partner.PartnerSummary(p.id, p.name, p.type, p.siret, p.town, p.status, p.officerUsername, p.investInRomans, p.publicMoney, p.version)";

    @Query(
            "select new fr.levier.partner.PartnerCount(p.type, count(p)) from Partner p group by p.type order by count(p) desc")
    List<PartnerCount> countByType();

    long countByStatus(RelationshipStatus status);

    /** SIRET prefix (unique index range scan). */
    @Query(SUMMARY + " from Partner p where p.siret like :prefix")
    List<PartnerSummary> bySiretPrefix(String prefix, Pageable pageable);

    Optional<Partner> findBySiret(String siret);

    List<Partner> findByNormalizedName(String normalizedName);

    @Query(
            "select new fr.levier.partner.DuplicateCandidate(p.id, p.name, p.town, p.siret, fr.levier.partner.DuplicateReason.NAME_TOWN)"
                    + " from Partner p where p.normalizedName = :name and (p.normalizedTown = :town or (:town is null and p.normalizedTown is null))")
    List<DuplicateCandidate> sameNameAndTown(String name, String town);

    @Query(
            "select new fr.levier.partner.DuplicatePair(a.id, a.name, b.id, b.name, a.town) from Partner a, Partner b"
                    + " where a.id < b.id and a.normalizedName = b.normalizedName and a.normalizedTown = b.normalizedTown order by a.name")
    List<DuplicatePair> duplicatePairs(Pageable pageable);

    @Query(SUMMARY + " from Partner p where p.id in :ids")
    List<PartnerSummary> summaries(java.util.Collection<Long> ids);

    /** Id, name, normalised name, normalised town, SIRET and postcode of every partner: the import's index. */
    @Query("select p.id, p.name, p.normalizedName, p.normalizedTown, p.siret, p.postcode from Partner p")
    List<Object[]> importIndex();
}
