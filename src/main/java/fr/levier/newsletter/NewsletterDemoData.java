package fr.levier.newsletter;

import fr.levier.partner.SegmentService;
import fr.levier.partner.SegmentView;
import fr.levier.shared.DemoSeed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo newsletters: last month's letter to the InvestInRomans companies, already sent (its history shows
 * on partner pages and in the dashboard's reach), and this month's, still a draft.
 */
@Component
class NewsletterDemoData implements DemoSeed {

    private static final String BODY = """
            <h2>Le réseau InvestInRomans se retrouve</h2>
            <p>Bonjour {{prenom|Madame, Monsieur}},</p>
            <p>La Ville vous invite à la prochaine rencontre du réseau, à la Cité de la chaussure. Au programme :
            les projets structurants de l'année, les cofinancements obtenus et les appels à projets ouverts.</p>
            <ul><li>Présentation du plan d'investissement</li><li>Témoignages d'entreprises de {{partenaire|la Drôme}}</li>
            <li>Échanges autour d'un café</li></ul>
            <p>À très bientôt,<br>{{referent|L'équipe développement}}</p>
            """;

    private final CampaignService campaigns;
    private final SegmentService segments;
    private final EntityManager em;
    private final Clock clock;

    NewsletterDemoData(CampaignService campaigns, SegmentService segments, EntityManager em, Clock clock) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional
    public void seed() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "officer", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER", "ROLE_VIEWER")));
        try {
            Long segment = segments.all().stream()
                    .filter(s -> s.name().startsWith("Entreprises InvestInRomans"))
                    .map(SegmentView::id)
                    .findFirst()
                    .orElse(null);
            if (segment == null) {
                return;
            }
            CampaignDetails sent = campaigns.create(
                    new CampaignDraft("InvestInRomans : la rencontre d'octobre", null, BODY, segment, null));
            campaigns.send(sent.id(), null);
            Instant at = clock.instant().minus(Duration.ofDays(30));
            em.createQuery("update Recipient r set r.status = fr.levier.newsletter.RecipientStatus.SENT,"
                            + " r.sentAt = :at, r.attempts = 1 where r.campaignId = :id")
                    .setParameter("at", at)
                    .setParameter("id", sent.id())
                    .executeUpdate();
            em.createQuery("update Campaign c set c.status = fr.levier.newsletter.CampaignStatus.SENT,"
                            + " c.startedAt = :at, c.finishedAt = :at where c.id = :id")
                    .setParameter("at", at)
                    .setParameter("id", sent.id())
                    .executeUpdate();
            campaigns.create(new CampaignDraft("InvestInRomans : la rencontre de novembre", null, BODY, segment, null));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
