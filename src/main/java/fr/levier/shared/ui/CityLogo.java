package fr.levier.shared.ui;

import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The city's logo served once for every session ({@link CityLogoController}) instead of a data URL copied
 * into each session's component tree: the header points at {@link #url()}, whose {@code v} parameter
 * changes with the logo so that a new logo shows at once while the old one stays cached by browsers.
 */
@Component
public class CityLogo {

    /** Where the logo is served, relative to the application's root. */
    public static final String PATH = "/city-logo";

    private final CityIdentitySource city;

    /** The last logo seen and its version, so the digest is computed once per logo, not per request. */
    private volatile Version last = new Version(null, "");

    record Version(byte[] png, String tag) {}

    CityLogo(CityIdentitySource city) {
        this.city = city;
    }

    /** @return the logo in use and its version, or a version with no bytes when the city has none */
    Version current() {
        CityIdentity identity = city.current();
        byte[] png = identity.hasLogo() ? identity.logoPng() : null;
        Version v = last;
        if (v.png() != png) {
            v = new Version(png, png == null ? "" : digest(png));
            last = v;
        }
        return v;
    }

    /** @return the logo's URL (relative, for Vaadin's base URL) or {@code null} when the city has none */
    public String url() {
        Version v = current();
        return v.png() == null ? null : PATH.substring(1) + "?v=" + v.tag();
    }

    private static String digest(byte[] png) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(png))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
