package fr.levier.shared.identity;

/**
 * Where the current {@link CityIdentity} comes from. Every module that prints the city's name, logo or
 * colours (header, PDF exports, e-mails) asks this, never its own configuration. The default
 * implementation reads the {@code levier.city.*} properties; the first-run assistant may replace it with
 * one stored in the database.
 */
public interface CityIdentitySource {

    /** The identity to use now; never {@code null}. */
    CityIdentity current();
}
