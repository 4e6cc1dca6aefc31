package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** An organisation the city works with. Every change is audited (Envers). */
@Entity
@Table(name = "partner")
@Audited
public class Partner extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private PartnerType type;

    /** Whether the partner's money is public: {@code null} follows the type (CGCT L1111-10). */
    @Column(name = "public_money")
    private Boolean publicMoney;

    @Column(length = 14)
    private String siret;

    @Column(length = 120)
    private String town;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RelationshipStatus status = RelationshipStatus.ACTIVE;

    @Column(name = "officer_username", length = 60)
    private String officerUsername;

    @Column(name = "invest_in_romans", nullable = false)
    private boolean investInRomans;

    @Column(name = "legal_form", length = 60)
    private String legalForm;

    @Column(name = "naf_code", length = 10)
    private String nafCode;

    @Column(length = 200)
    private String street;

    @Column(length = 10)
    private String postcode;

    @Column(length = 200)
    private String website;

    private Integer headcount;

    /** Comma-separated, simplified tags ({@code numerique,industrie}). */
    @Column(length = 500)
    private String tags;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @Column(name = "member_level", length = 30)
    private String memberLevel;

    @Column(name = "member_fee", precision = 15, scale = 2)
    private BigDecimal memberFee;

    @Column(length = 4000)
    private String notes;

    @Column(name = "normalized_name", length = 200)
    private String normalizedName;

    @Column(name = "normalized_town", length = 120)
    private String normalizedTown;

    /** Words of the name and town, for the indexed prefix search of the header box. */
    @ElementCollection
    @CollectionTable(name = "partner_search_token", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "token", length = 60)
    @NotAudited
    private Set<String> searchTokens = new HashSet<>();

    protected Partner() {}

    public Partner(String name, PartnerType type) {
        this.type = type;
        setName(name);
    }

    void setPublicMoney(Boolean value) {
        publicMoney = value;
    }

    PartnerSummary toSummary() {
        return new PartnerSummary(
                getId(), name, type, siret, town, status, officerUsername, investInRomans, publicMoney, getVersion());
    }

    public PartnerDetails toDetails() {
        return new PartnerDetails(
                getId(),
                getVersion(),
                name,
                legalForm,
                type,
                siret,
                nafCode,
                street,
                postcode,
                town,
                website,
                headcount,
                tags,
                status,
                officerUsername,
                investInRomans,
                memberSince,
                memberLevel,
                memberFee,
                notes);
    }

    /**
     * Copies every field of a validated draft (identity form, API, import).
     *
     * @return whether the type changed (the caller publishes {@link PartnerTypeChanged})
     */
    public boolean apply(PartnerDraft d) {
        boolean typeChanged = type != d.type();
        name = d.name().trim();
        type = d.type();
        legalForm = blankToNull(d.legalForm());
        siret = SiretRules.clean(d.siret());
        nafCode = blankToNull(d.nafCode());
        street = blankToNull(d.street());
        postcode = blankToNull(d.postcode());
        town = blankToNull(d.town());
        refreshSearchKeys(); // once for name and town
        website = blankToNull(d.website());
        headcount = d.headcount();
        tags = PartnerTags.normalize(d.tags());
        status = d.status() == null ? RelationshipStatus.PROSPECT : d.status();
        officerUsername = blankToNull(d.officerUsername());
        investInRomans = d.investInRomans();
        memberSince = d.memberSince();
        memberLevel = blankToNull(d.memberLevel());
        memberFee = d.memberFee() == null ? null : d.memberFee().setScale(2, java.math.RoundingMode.HALF_EVEN);
        notes = blankToNull(d.notes());
        return typeChanged;
    }

    private void refreshSearchKeys() {
        String simpleName = NameNormalizer.simplify(name);
        String simpleTown = town == null ? null : NameNormalizer.simplify(town);
        normalizedName = NameNormalizer.organisationOfSimplified(simpleName);
        normalizedTown = simpleTown;
        Set<String> tokens = new HashSet<>(NameNormalizer.tokensOfSimplified(simpleName));
        if (simpleTown != null) {
            tokens.addAll(NameNormalizer.tokensOfSimplified(simpleTown));
        }
        searchTokens.retainAll(tokens);
        searchTokens.addAll(tokens);
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
        refreshSearchKeys();
    }

    PartnerType getType() {
        return type;
    }

    void setType(PartnerType type) {
        this.type = type;
    }

    String getSiret() {
        return siret;
    }

    void setSiret(String siret) {
        this.siret = siret;
    }

    String getTown() {
        return town;
    }

    void setTown(String town) {
        this.town = town;
        if (name != null) {
            refreshSearchKeys();
        }
    }

    RelationshipStatus getStatus() {
        return status;
    }

    void setStatus(RelationshipStatus status) {
        this.status = status;
    }

    String getOfficerUsername() {
        return officerUsername;
    }

    void setOfficerUsername(String officerUsername) {
        this.officerUsername = officerUsername;
    }

    boolean isInvestInRomans() {
        return investInRomans;
    }

    void setInvestInRomans(boolean investInRomans) {
        this.investInRomans = investInRomans;
    }

    void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    void setNafCode(String nafCode) {
        this.nafCode = nafCode;
    }

    void setStreet(String street) {
        this.street = street;
    }

    void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    void setTags(String tags) {
        this.tags = PartnerTags.normalize(tags);
    }

    void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    void setMemberLevel(String memberLevel) {
        this.memberLevel = memberLevel;
    }

    void setMemberFee(BigDecimal memberFee) {
        this.memberFee = memberFee;
    }

    String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    String getNormalizedName() {
        return normalizedName;
    }

    String getNormalizedTown() {
        return normalizedTown;
    }
}
