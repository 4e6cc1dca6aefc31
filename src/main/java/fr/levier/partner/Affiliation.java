package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A contact's role at a partner between two dates. Ended affiliations are kept: a person who
 * changes employer keeps their history.
 */
@Entity
@Table(name = "affiliation")
@Audited
public class Affiliation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(length = 150)
    private String role;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Affiliation() {}

    LocalDate getStartDate() {
        return startDate;
    }

    public Affiliation(Contact contact, Partner partner, String role, LocalDate startDate) {
        this.contact = contact;
        this.partner = partner;
        this.role = role;
        this.startDate = startDate;
    }

    Contact getContact() {
        return contact;
    }

    Partner getPartner() {
        return partner;
    }

    void setContact(Contact contact) {
        this.contact = contact;
    }

    void setPartner(Partner partner) {
        this.partner = partner;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
