package fr.levier.shared.identity;

/**
 * Where the current {@link CityIdentity} comes from. Every module that prints the city's name, logo or
 * colours (header, PDF exports, e-mails) asks this, never its own configuration. Implemented by the
 * onboarding module: the identity recorded by the first-run assistant or the settings screen, the
 * {@code levier.city.*} properties until one is.
 */
public interface CityIdentitySource {

    /** The identity to use now; never {@code null}. */
    CityIdentity current();
}
