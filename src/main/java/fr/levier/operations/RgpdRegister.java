package fr.levier.operations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The RGPD register of processing activities (article 30), as configured in
 * {@code rgpd-register.yml}: what personal data Levier holds, why, on which legal basis, for how long,
 * who can see it. The register page is generated from it, and its durations are the very settings the
 * application applies (retention, session timeouts), so the page cannot drift from what Levier does.
 *
 * @param controller  the data controller (the city) and its DPO contact
 * @param processings the processing activities
 */
@ConfigurationProperties(prefix = "levier.rgpd")
public record RgpdRegister(String controller, List<Processing> processings) {

    /** Normalises missing lists. */
    public RgpdRegister {
        processings = processings == null ? List.of() : List.copyOf(processings);
    }

    /**
     * One processing activity.
     *
     * @param name         its name
     * @param purpose      why the data is processed
     * @param legalBasis   the legal basis (article 6)
     * @param subjects     whose data
     * @param data         the categories of data
     * @param retention    how long it is kept
     * @param access       the roles that can see it
     * @param recipients   who else receives it
     * @param safeguards   the security measures
     */
    public record Processing(
            String name,
            String purpose,
            String legalBasis,
            String subjects,
            List<String> data,
            String retention,
            List<String> access,
            String recipients,
            String safeguards) {}
}
