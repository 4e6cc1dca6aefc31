package fr.levier.newsletter;

import fr.levier.partner.AudienceMember;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.LegalBasis;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who of an audience may receive a newsletter (RGPD / CNIL): professional contacts of partners may be
 * written to on the city's legitimate interest as long as they did not object; anyone else needs recorded
 * consent. Nobody who left the list, bounced or is flagged do-not-contact, and one message per address.
 * A plain rule: the first reason that applies wins, in the order of {@link Exclusion}.
 */
final class Eligibility {

    private final Map<String, SuppressionReason> suppressed;
    private final boolean consentRequired;
    private final Set<String> seen;

    /**
     * @param suppressed      the suppression list, by lower-case address
     * @param consentRequired whether the audience accepts explicit consent only
     * @param seen            addresses already taken by earlier members (filled by {@link #check})
     */
    Eligibility(Map<String, SuppressionReason> suppressed, boolean consentRequired, Set<String> seen) {
        this.suppressed = suppressed;
        this.consentRequired = consentRequired;
        this.seen = seen;
    }

    /** @return why the member is excluded, or empty when they receive the campaign (then their address is taken) */
    Optional<Exclusion> check(AudienceMember m) {
        String email = m.email() == null || m.email().isBlank()
                ? null
                : m.email().trim().toLowerCase();
        if (email == null) {
            return Optional.of(Exclusion.NO_EMAIL);
        }
        if (m.doNotContact()) {
            return Optional.of(Exclusion.DO_NOT_CONTACT);
        }
        if (m.consent() == ConsentStatus.WITHDRAWN) {
            return Optional.of(Exclusion.UNSUBSCRIBED);
        }
        SuppressionReason s = suppressed.get(email);
        if (s != null) {
            return Optional.of(s == SuppressionReason.HARD_BOUNCE ? Exclusion.HARD_BOUNCE : Exclusion.UNSUBSCRIBED);
        }
        if (!allowed(m.consent(), m.legalBasis())) {
            return Optional.of(Exclusion.NO_CONSENT);
        }
        if (!seen.add(email)) {
            return Optional.of(Exclusion.DUPLICATE);
        }
        return Optional.empty();
    }

    private boolean allowed(ConsentStatus consent, LegalBasis basis) {
        if (consent == ConsentStatus.GRANTED) {
            return true;
        }
        return !consentRequired && consent == ConsentStatus.UNKNOWN && basis == LegalBasis.LEGITIMATE_INTEREST;
    }
}
