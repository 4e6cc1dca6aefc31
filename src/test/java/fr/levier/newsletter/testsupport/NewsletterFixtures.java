package fr.levier.newsletter.testsupport;

import fr.levier.partner.AffiliationDraft;
import fr.levier.partner.Civility;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactService;
import fr.levier.partner.LegalBasis;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.partner.SegmentCriteria;
import fr.levier.partner.SegmentDraft;
import fr.levier.partner.SegmentService;
import fr.levier.partner.SegmentView;
import fr.levier.testsupport.AsUser;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Builds a small audience for newsletter tests through the public partner services: a partner in a town
 * no other test uses, its contacts with the consent each test needs, and a segment on that town.
 */
@Component
public class NewsletterFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final AsUser as;
    private final PartnerService partners;
    private final ContactService contacts;
    private final SegmentService segments;

    NewsletterFixtures(AsUser as, PartnerService partners, ContactService contacts, SegmentService segments) {
        this.as = as;
        this.partners = partners;
        this.contacts = contacts;
        this.segments = segments;
    }

    /** A partner and a segment of its own town. */
    public Audience audience(String name) {
        String u = unique();
        String town = "Testville " + u;
        return as.call("officer", () -> {
            PartnerDetails p = partners.create(PartnerDraft.of(name + " " + u, PartnerType.COMPANY, town), true);
            SegmentView s = segments.create(
                    new SegmentDraft("Segment " + u, new SegmentCriteria(null, null, null, town, null, false, false)));
            return new Audience(p.id(), p.name(), s.id(), s.name(), u);
        });
    }

    /** @return a unique suffix */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]", "");
    }

    /** A partner and its segment. */
    public class Audience {
        private final long partnerId;
        private final String partnerName;
        private final long segmentId;
        private final String segmentName;
        private final String unique;

        Audience(long partnerId, String partnerName, long segmentId, String segmentName, String unique) {
            this.partnerId = partnerId;
            this.partnerName = partnerName;
            this.segmentId = segmentId;
            this.segmentName = segmentName;
            this.unique = unique;
        }

        public String segmentName() {
            return segmentName;
        }

        public long partnerId() {
            return partnerId;
        }

        public String partnerName() {
            return partnerName;
        }

        public long segmentId() {
            return segmentId;
        }

        /** @return a unique address of this audience, e.g. {@code alice-k3j2@test.levier.fr} */
        public String email(String who) {
            return who == null ? null : ascii(who) + "-" + unique + "@test.levier.fr";
        }

        /** A current contact of the partner. */
        public ContactDetails contact(
                Civility civility,
                String firstName,
                String lastName,
                String email,
                ConsentStatus consent,
                LegalBasis basis) {
            return contact(civility, firstName, lastName, email, consent, basis, false);
        }

        /** A current contact of the partner, maybe flagged do-not-contact. */
        public ContactDetails contact(
                Civility civility,
                String firstName,
                String lastName,
                String email,
                ConsentStatus consent,
                LegalBasis basis,
                boolean doNotContact) {
            return as.call("officer", () -> {
                ContactDetails c = contacts.create(
                        new ContactDraft(
                                civility,
                                firstName,
                                lastName,
                                null,
                                email,
                                null,
                                null,
                                null,
                                "fr",
                                consent,
                                consent == ConsentStatus.UNKNOWN ? null : LocalDate.now(),
                                consent == ConsentStatus.UNKNOWN ? null : "Test",
                                basis,
                                doNotContact,
                                null),
                        true);
                contacts.affiliate(new AffiliationDraft(
                        c.id(), partnerId, "Test", LocalDate.now().minusDays(1)));
                return c;
            });
        }

        /** A contact who gave consent. */
        public ContactDetails consenting(String firstName) {
            return contact(
                    Civility.MME, firstName, "Test", email(firstName), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        }
    }
}
