package fr.levier.onboarding;

import fr.levier.shared.identity.CityIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The city's identity from the {@code levier.city.*} properties (no logo): used until one is recorded. */
@Component
class CityIdentityDefaults {

    private final CityIdentity identity;

    CityIdentityDefaults(
            @Value("${levier.city.name:Ville de Romans-sur-Isère}") String name,
            @Value("${levier.city.siren:}") String siren,
            @Value("${levier.city.primary-color:#1a4d8f}") String primaryColor,
            @Value("${levier.city.accent-color:#e07b00}") String accentColor) {
        this.identity = new CityIdentity(name, siren.isBlank() ? null : siren, primaryColor, accentColor, null);
    }

    CityIdentity get() {
        return identity;
    }
}
