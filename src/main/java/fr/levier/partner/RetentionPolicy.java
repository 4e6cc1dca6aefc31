package fr.levier.partner;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long Levier keeps the contacts of prospects with no interaction ({@code levier.retention.*}),
 * after the CNIL's guidance for prospection files: three years after the last contact.
 *
 * @param prospectInactivity inactivity after which a prospect's contact is listed for review
 * @param keptFor            how long a contact an admin chose to keep stays off the list
 */
@ConfigurationProperties(prefix = "levier.retention")
public record RetentionPolicy(Period prospectInactivity, Period keptFor) {

    /** Defaults: three years, and one year before a kept contact is listed again. */
    public RetentionPolicy {
        prospectInactivity = prospectInactivity == null ? Period.ofYears(3) : prospectInactivity;
        keptFor = keptFor == null ? Period.ofYears(1) : keptFor;
    }
}
