package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.AudienceMember;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.LegalBasis;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/** The plain rules of newsletters, as tables of cases. */
class NewsletterRulesTest {

    private static AudienceMember member(String email, ConsentStatus consent, LegalBasis basis, boolean dnc) {
        return new AudienceMember(1L, null, "A", "B", email, "fr", consent, basis, dnc, "P");
    }

    @ParameterizedTest(name = "{0} {1} {2} dnc={3} consentOnly={4} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "a@x.fr, GRANTED, CONSENT, false, false, -",
                "a@x.fr, GRANTED, LEGITIMATE_INTEREST, false, true, -",
                "a@x.fr, UNKNOWN, LEGITIMATE_INTEREST, false, false, -",
                "a@x.fr, UNKNOWN, LEGITIMATE_INTEREST, false, true, NO_CONSENT",
                "a@x.fr, UNKNOWN, CONSENT, false, false, NO_CONSENT",
                "a@x.fr, UNKNOWN, -, false, false, NO_CONSENT",
                "a@x.fr, REFUSED, LEGITIMATE_INTEREST, false, false, NO_CONSENT",
                "a@x.fr, WITHDRAWN, CONSENT, false, false, UNSUBSCRIBED",
                "a@x.fr, GRANTED, CONSENT, true, false, DO_NOT_CONTACT",
                "-, GRANTED, CONSENT, true, false, NO_EMAIL",
                "'  ', GRANTED, CONSENT, false, false, NO_EMAIL",
                "left@x.fr, GRANTED, CONSENT, false, false, UNSUBSCRIBED",
                "Bounced@X.fr, GRANTED, CONSENT, false, false, HARD_BOUNCE",
            })
    void whoReceivesANewsletter(
            String email,
            ConsentStatus consent,
            LegalBasis basis,
            boolean dnc,
            boolean consentOnly,
            Exclusion expected) {
        Eligibility rule = new Eligibility(
                Map.of("left@x.fr", SuppressionReason.UNSUBSCRIBED, "bounced@x.fr", SuppressionReason.HARD_BOUNCE),
                consentOnly,
                new HashSet<>());
        assertThat(rule.check(member(email, consent, basis, dnc))).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theSecondContactWithTheSameAddressIsADuplicateWhateverTheCase() {
        Eligibility rule = new Eligibility(Map.of(), false, new HashSet<>());
        assertThat(rule.check(member("Same@x.fr", ConsentStatus.GRANTED, LegalBasis.CONSENT, false)))
                .isEmpty();
        assertThat(rule.check(member("same@X.FR ", ConsentStatus.GRANTED, LegalBasis.CONSENT, false)))
                .contains(Exclusion.DUPLICATE);
    }

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "7, 1920", "8, 3600", "40, 3600"})
    void backoffDoublesUpToItsCeiling(int attempts, long seconds) {
        Backoff b = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 8);
        assertThat(b.delayAfter(attempts)).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(b.exhausted(attempts)).isEqualTo(attempts >= 8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "Bonjour {{prenom}} ! => Bonjour Léa !",
                "Bonjour {{ prenom | Madame, Monsieur }}, => Bonjour Léa,",
                "Cher {{nom|ami}} => Cher ami",
                "{{civilite|Madame, Monsieur}} {{nom}}. => Madame, Monsieur .",
                "Chez {{partenaire}} => Chez Tannerie <Roux> & fils",
                "Inconnu {{age}} reste => Inconnu {{age}} reste",
                "Rien à fusionner => Rien à fusionner",
            })
    void mergeFieldsFillValuesOrFallbacks(String text, String expected) {
        Map<String, String> values = Map.of("prenom", "Léa", "nom", "", "partenaire", "Tannerie <Roux> & fils");
        assertThat(MergeFields.apply(text, values, UnaryOperator.identity())).isEqualTo(expected);
    }

    @Test
    void mergeFieldsAreEscapedInHtml() {
        assertThat(MergeFields.apply(
                        "<p>{{partenaire}}</p>", Map.of("partenaire", "A <b> & C"), org.jsoup.nodes.Entities::escape))
                .isEqualTo("<p>A &lt;b&gt; &amp; C</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p onclick=\"x()\">Salut</p><script>alert(1)</script>|<p>Salut</p>",
                "<a href=\"javascript:alert(1)\">x</a>|<a>x</a>",
                "<img src=\"data:image/png;base64,AAAA\">|<img>",
                "<img src=\"https://ville.fr/a.png\" alt=\"A\">|<img src=\"https://ville.fr/a.png\" alt=\"A\">",
                "<p class=\"ql-align-center\"><strong>Gras</strong></p>|<p class=\"ql-align-center\"><strong>Gras</strong></p>",
                "<iframe src=\"https://evil\"></iframe><p>ok</p>|<p>ok</p>",
            })
    void storedHtmlIsSanitised(String html, String expected) {
        assertThat(HtmlContent.sanitize(html)).isEqualTo(expected);
    }

    @Test
    void thePlainTextAlternativeKeepsParagraphsListsAndLinks() {
        String text = HtmlContent.toText("<h2>Titre</h2><p>Bonjour <b>Léa</b>,<br>à bientôt.</p>"
                + "<ul><li>Un</li><li>Deux</li></ul><p><a href=\"https://ville.fr/x\">Programme</a></p>");
        assertThat(text)
                .isEqualTo("Titre\n\nBonjour Léa,\nà bientôt.\n\n- Un\n- Deux\n\nProgramme (https://ville.fr/x)");
    }

    @Test
    void smtpRepliesAreReadAsTemporaryOrPermanent() throws Exception {
        InternetAddress to = new InternetAddress("x@y.fr");
        SmtpFailure rcpt550 = SmtpFailure.of(new SendFailedException(
                "Invalid Addresses", new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 unknown x@y.fr")));
        assertThat(rcpt550.permanent()).isTrue();
        assertThat(rcpt550.code()).isEqualTo(550);
        assertThat(rcpt550.message()).doesNotContain("x@y.fr");
        SmtpFailure rcpt451 = SmtpFailure.of(new SendFailedException(
                "Invalid Addresses", new SMTPAddressFailedException(to, "RCPT TO", 451, "451 later")));
        assertThat(rcpt451.permanent()).isFalse();
        assertThat(rcpt451.code()).isEqualTo(451);
        SmtpFailure data554 = SmtpFailure.of(new SMTPSendFailedException(
                "DATA", 554, "554 rejected", null, null, new jakarta.mail.Address[] {to}, null));
        assertThat(data554.permanent()).isTrue();
        SmtpFailure refused =
                SmtpFailure.of(new MessagingException("Couldn't connect", new ConnectException("Connection refused")));
        assertThat(refused.permanent()).isFalse();
        assertThat(refused.connectionLost()).isTrue();
        assertThat(refused.message()).contains("ConnectException");
    }

    @Test
    void unsubscribeTokensCannotBeForgedNorMovedToAnotherPerson() {
        UnsubscribeLinks links = new UnsubscribeLinks("s3cret", "https://levier.romans.fr/", new MockEnvironment());
        UnsubscribeLinks otherSecret = new UnsubscribeLinks("other", "", new MockEnvironment());
        String mine = UnsubscribeLinks.newId();
        String theirs = UnsubscribeLinks.newId();
        assertThat(mine).hasSize(22).isNotEqualTo(theirs);
        assertThat(links.verify(links.token(mine))).isEqualTo(mine);
        assertThat(links.url(mine)).startsWith("https://levier.romans.fr/newsletter/unsubscribe/" + mine + ".");
        String theirSignature = links.token(theirs).substring(theirs.length() + 1);
        assertThat(links.verify(mine + "." + theirSignature)).isNull();
        assertThat(links.verify(otherSecret.token(mine))).isNull();
        assertThat(links.verify(mine)).isNull();
        assertThat(links.verify(mine + ".")).isNull();
        assertThat(links.verify(null)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "DRAFT, SENDING, true",
        "DRAFT, SCHEDULED, true",
        "DRAFT, SENT, false",
        "SCHEDULED, PAUSED, true",
        "SENDING, PAUSED, true",
        "PAUSED, SENDING, true",
        "SENDING, CANCELLED, true",
        "SENT, DRAFT, false",
        "SENT, SENDING, false",
        "CANCELLED, SENDING, false",
        "PAUSED, SENT, false",
    })
    void campaignLifecycle(CampaignStatus from, CampaignStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void onlyRealImagesAreAccepted() {
        assertThat(ImageService.looksLikeImage(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}))
                .isTrue();
        assertThat(ImageService.looksLikeImage(new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0}))
                .isTrue();
        assertThat(ImageService.looksLikeImage("GIF89a".getBytes())).isTrue();
        assertThat(ImageService.looksLikeImage("<svg onload=x>".getBytes())).isFalse();
    }

    @Test
    void cssColoursOnlyPassAsHex() {
        assertThat(CssColor.orDefault("#1a4d8f", "#000")).isEqualTo("#1a4d8f");
        assertThat(CssColor.orDefault("red;background:url(x)", "#000")).isEqualTo("#000");
        assertThat(CssColor.orDefault(null, "#000")).isEqualTo("#000");
    }
}
