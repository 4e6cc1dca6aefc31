package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An organisation the city works with. Every change is audited (Envers). */
@Entity
@Table(name = "partner")
@Audited
class Partner extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private PartnerType type;

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

    protected Partner() {}

    Partner(String name, PartnerType type) {
        this.name = name;
        this.type = type;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
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
}
