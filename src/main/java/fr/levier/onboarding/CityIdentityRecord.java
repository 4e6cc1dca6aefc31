package fr.levier.onboarding;

import fr.levier.shared.AbstractEntity;
import fr.levier.shared.identity.CityIdentity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The city's identity as recorded in the database (one row at most). */
@Entity
@Table(name = "city_identity")
class CityIdentityRecord extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 9)
    private String siren;

    @Column(name = "primary_color", nullable = false, length = 7)
    private String primaryColor;

    @Column(name = "accent_color", nullable = false, length = 7)
    private String accentColor;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "logo_png", length = 1_000_000_000)
    private byte[] logoPng;

    @Column(name = "setup_done_at")
    private Instant setupDoneAt;

    @Column(name = "setup_step", nullable = false)
    private int setupStep;

    protected CityIdentityRecord() {}

    CityIdentityRecord(CityIdentity from) {
        apply(from);
    }

    void apply(CityIdentity identity) {
        this.name = identity.name();
        this.siren = identity.siren();
        this.primaryColor = identity.primaryColor();
        this.accentColor = identity.accentColor();
        this.logoPng = identity.logoPng();
    }

    CityIdentity toIdentity() {
        return new CityIdentity(name, siren, primaryColor, accentColor, logoPng);
    }

    int getSetupStep() {
        return setupStep;
    }

    void setSetupStep(int setupStep) {
        this.setupStep = setupStep;
    }

    Instant getSetupDoneAt() {
        return setupDoneAt;
    }

    void setSetupDoneAt(Instant setupDoneAt) {
        this.setupDoneAt = setupDoneAt;
    }
}
