package fr.levier.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    String MATCHES = """
            (:text is null or p.normalizedName like :text or p.normalizedTown like :text or p.siret like :siret)
            and (:type is null or p.type = :type)
            and (:status is null or p.status = :status)
            and (:officer is null or p.officerUsername = :officer)
            and (:tag is null or concat(',', p.tags, ',') like :tag)
            and (:member is null or p.investInRomans = :member)
            and (:createdFrom is null or p.createdAt >= :createdFrom)
            and (:createdBefore is null or p.createdAt < :createdBefore)
            """;

    String SUMMARY =
            "select new fr.levier.partner.PartnerSummary(p.id, p.name, p.type, p.siret, p.town, p.status, p.officerUsername, p.investInRomans, p.publicMoney, p.version)";

    @Query(SUMMARY + " from Partner p where " + MATCHES)
    Page<PartnerSummary> search(
            String text,
            String siret,
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String tag,
            Boolean member,
            java.time.Instant createdFrom,
            java.time.Instant createdBefore,
            Pageable pageable);

    /** The same rows as {@link #search} without its count query (a grid asks for the count once, apart). */
    @Query(SUMMARY + " from Partner p where " + MATCHES)
    List<PartnerSummary> rows(
            String text,
            String siret,
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String tag,
            Boolean member,
            java.time.Instant createdFrom,
            java.time.Instant createdBefore,
            Pageable pageable);

    /** Keyset page: the rows after {@code (name, id)} in name order (range on {@code ix_partner_name}). */
    @Query(SUMMARY + " from Partner p where " + MATCHES
            + " and (p.name > :name or (p.name = :name and p.id > :id)) order by p.name, p.id")
    List<PartnerSummary> afterByName(
            String text,
            String siret,
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String tag,
            Boolean member,
            java.time.Instant createdFrom,
            java.time.Instant createdBefore,
            String name,
            long id,
            Limit limit);

    /** Keyset page in reverse name order: the rows before {@code (name, id)}. */
    @Query(SUMMARY + " from Partner p where " + MATCHES
            + " and (p.name < :name or (p.name = :name and p.id < :id)) order by p.name desc, p.id desc")
    List<PartnerSummary> beforeByName(
            String text,
            String siret,
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String tag,
            Boolean member,
            java.time.Instant createdFrom,
            java.time.Instant createdBefore,
            String name,
            long id,
            Limit limit);

    @Query("select count(p) from Partner p where " + MATCHES)
    long countMatching(
            String text,
            String siret,
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String tag,
            Boolean member,
            java.time.Instant createdFrom,
            java.time.Instant createdBefore);

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
