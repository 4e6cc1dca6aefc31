package fr.levier.shared.identity;

/**
 * Who the city is, as shown in the UI header, in exports (PDF title page) and in e-mails (newsletter
 * template): its name, SIREN, logo and two colours.
 *
 * @param name the city's name as printed, e.g. "Ville de Romans-sur-Isère"
 * @param siren the collectivité's SIREN (9 digits), or {@code null} when not yet recorded
 * @param primaryColor CSS hex colour of headers and buttons, e.g. {@code #1a4d8f}
 * @param accentColor CSS hex colour of highlights
 * @param logoPng the logo as PNG bytes, or {@code null} when none was uploaded
 */
public record CityIdentity(String name, String siren, String primaryColor, String accentColor, byte[] logoPng) {

    /** Whether a logo was uploaded. */
    public boolean hasLogo() {
        return logoPng != null && logoPng.length > 0;
    }
}
