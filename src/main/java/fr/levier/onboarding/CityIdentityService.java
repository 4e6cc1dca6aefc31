package fr.levier.onboarding;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import jakarta.validation.Valid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Records the city's identity (first-run assistant, settings screen) for {@link CityIdentitySource}, which
 * serves it to the header, exports and e-mails.
 */
@Service
@Validated
public class CityIdentityService {

    /** Largest logo accepted, in bytes (the header shows it 40 px high; e-mails carry it). */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final int MAX_LOGO_SIDE = 2000;

    private final CityIdentityRepository records;
    private final DatabaseCityIdentitySource source;
    private final Clock clock;

    CityIdentityService(CityIdentityRepository records, DatabaseCityIdentitySource source, Clock clock) {
        this.records = records;
        this.source = source;
        this.clock = clock;
    }

    /** @return the identity in use */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CityIdentity current() {
        return source.current();
    }

    /** @return whether the first-run assistant was finished */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean setupDone() {
        return source.setupDone();
    }

    /**
     * Records the city's identity.
     *
     * @param input what the administrator entered
     * @return the identity now in use
     * @throws BusinessRuleException on a logo too large or not an image, or a SIREN that fails its check
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CityIdentity save(@Valid CityIdentityInput input) {
        String siren = input.siren() == null ? "" : input.siren().replace(" ", "");
        if (!siren.isEmpty() && !luhn(siren)) {
            throw new BusinessRuleException("siren", Messages.get("identity.error.siren", input.siren()));
        }
        CityIdentityRecord r = records.findFirstByOrderByIdAsc().orElse(null);
        byte[] logo =
                input.removeLogo() ? null : r == null ? null : r.toIdentity().logoPng();
        if (input.logo() != null && input.logo().length > 0) {
            logo = png(input.logo());
        }
        CityIdentity identity = new CityIdentity(
                input.name().trim(),
                siren.isEmpty() ? null : siren,
                input.primaryColor().toLowerCase(),
                input.accentColor().toLowerCase(),
                logo);
        if (r == null) {
            r = new CityIdentityRecord(identity);
        } else {
            r.apply(identity);
        }
        records.save(r);
        source.forget();
        return identity;
    }

    /** @return the first-run assistant's step to resume at (0 for the first) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int setupStep() {
        return records.findFirstByOrderByIdAsc()
                .map(CityIdentityRecord::getSetupStep)
                .orElse(0);
    }

    /**
     * Records where the first-run assistant stands, so it resumes there.
     *
     * @param step the step reached
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reachStep(int step) {
        CityIdentityRecord r = records.findFirstByOrderByIdAsc()
                .orElseGet(() -> records.save(new CityIdentityRecord(source.defaults())));
        r.setSetupStep(step);
    }

    /** Marks the first run as finished: the assistant is no longer offered on start. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void markSetupDone() {
        CityIdentityRecord r = records.findFirstByOrderByIdAsc()
                .orElseGet(() -> records.save(new CityIdentityRecord(source.defaults())));
        if (r.getSetupDoneAt() == null) {
            r.setSetupDoneAt(clock.instant());
        }
        source.forget();
    }

    /** Reads the upload as an image and writes it again as PNG: only pixels are kept. */
    static byte[] png(byte[] upload) {
        if (upload.length > MAX_LOGO_BYTES) {
            throw new BusinessRuleException(
                    "logo", Messages.get("identity.error.logoSize", MAX_LOGO_BYTES / 1024, upload.length / 1024));
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null || image.getWidth() > MAX_LOGO_SIDE || image.getHeight() > MAX_LOGO_SIDE) {
                throw new BusinessRuleException("logo", Messages.get("identity.error.logoImage"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new BusinessRuleException("logo", Messages.get("identity.error.logoImage"));
        }
    }

    /** The SIREN key: Luhn over the 9 digits. */
    static boolean luhn(String digits) {
        if (!digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
