package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A person at one or more partners: personal data, so audited and never logged. */
@Entity
@Table(name = "contact")
@Audited
public class Contact extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Civility civility;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "normalized_first", length = 100)
    private String normalizedFirst;

    @Column(name = "normalized_last", length = 100)
    private String normalizedLast;

    @Column(name = "job_title", length = 150)
    private String jobTitle;

    /** Main e-mail, lower case (the dedupe key of contacts). */
    @Column(length = 200)
    private String email;

    @Column(length = 200)
    private String email2;

    @Column(length = 20)
    private String phone;

    @Column(length = 20)
    private String mobile;

    @Column(nullable = false, length = 5)
    private String language = "fr";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_status", nullable = false, length = 20)
    private ConsentStatus consentStatus = ConsentStatus.UNKNOWN;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "consent_source", length = 100)
    private String consentSource;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_basis", length = 30)
    private LegalBasis legalBasis;

    @Column(name = "do_not_contact", nullable = false)
    private boolean doNotContact;

    protected Contact() {}

    public Contact(ContactDraft d) {
        apply(d);
    }

    /** Copies a validated draft; phones must already be normalised by the service. */
    public void apply(ContactDraft d) {
        civility = d.civility();
        firstName = Partner.blankToNull(d.firstName());
        lastName = d.lastName().trim();
        normalizedFirst = firstName == null ? null : NameNormalizer.simplify(firstName);
        normalizedLast = NameNormalizer.simplify(lastName);
        jobTitle = Partner.blankToNull(d.jobTitle());
        email = emailKey(d.email());
        email2 = emailKey(d.email2());
        phone = PhoneNumbers.normalize(d.phone()).orElse(null);
        mobile = PhoneNumbers.normalize(d.mobile()).orElse(null);
        language = d.language() == null || d.language().isBlank()
                ? "fr"
                : d.language().trim().toLowerCase(Locale.ROOT);
        consentStatus = d.consentStatus() == null ? ConsentStatus.UNKNOWN : d.consentStatus();
        consentDate = d.consentDate();
        consentSource = Partner.blankToNull(d.consentSource());
        legalBasis = d.legalBasis();
        doNotContact = d.doNotContact();
    }

    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public ContactDetails toDetails() {
        return new ContactDetails(
                getId(),
                getVersion(),
                civility,
                firstName,
                lastName,
                jobTitle,
                email,
                email2,
                phone,
                mobile,
                language,
                consentStatus,
                consentDate,
                consentSource,
                legalBasis,
                doNotContact);
    }

    public String displayName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    String getEmail() {
        return email;
    }

    String getLastName() {
        return lastName;
    }

    String getFirstName() {
        return firstName;
    }
}
