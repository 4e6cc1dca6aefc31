package fr.levier.newsletter;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.levier.partner.Civility;
import fr.levier.shared.i18n.Messages;
import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a campaign and one recipient into the e-mail they receive: merge fields applied, the content in
 * the responsive template with the city's identity (Mustache, {@code templates/newsletter/}), and the
 * plain-text alternative from the same content. The footer speaks the recipient's language.
 *
 * <p>For sending, {@link #prepare} renders the templates once per campaign (and language) with slots
 * for what differs per recipient (subject, preheader, body, unsubscribe link); {@link Prepared#render}
 * then only applies the merge fields and fills the slots, which keeps the dispatcher's cost per message
 * small. {@link #render} is the same path for a single message (preview, test).
 */
@Component
class EmailRenderer {

    /** Values of one recipient's merge fields. */
    record Person(Civility civility, String firstName, String lastName, String partnerName, String language) {}

    private final Template html;
    private final Template text;
    private final CityIdentitySource city;
    private final UnsubscribeLinks links;

    EmailRenderer(CityIdentitySource city, UnsubscribeLinks links) {
        this.city = city;
        this.links = links;
        this.html = Mustache.compiler().escapeHTML(true).compile(read("templates/newsletter/email.html.mustache"));
        this.text = Mustache.compiler().escapeHTML(false).compile(read("templates/newsletter/email.txt.mustache"));
    }

    /**
     * @param subject        the campaign's subject
     * @param preheader      its preheader, may be {@code null}
     * @param body           its sanitised HTML
     * @param officerName    the {@code {{referent}}} field
     * @param to             the address
     * @param person         merge-field values of the recipient
     * @param unsubscribeUrl the recipient's link
     * @return the message
     */
    RenderedMessage render(
            String subject,
            String preheader,
            String body,
            String officerName,
            String to,
            Person person,
            String unsubscribeUrl) {
        return prepare(subject, preheader, body, officerName).render(to, person, unsubscribeUrl);
    }

    /**
     * Renders a campaign's templates once, for many recipients.
     *
     * @param subject     the campaign's subject
     * @param preheader   its preheader, may be {@code null}
     * @param body        its sanitised HTML
     * @param officerName the {@code {{referent}}} field
     * @return the campaign ready to be rendered per recipient
     */
    Prepared prepare(String subject, String preheader, String body, String officerName) {
        return new Prepared(subject, preheader, body == null ? "" : body, officerName, city.current());
    }

    /** A campaign's templates rendered once, with slots for the per-recipient parts. */
    final class Prepared {

        private final String subject;
        private final String preheader;
        private final String body;
        private final String officerName;
        private final CityIdentity identity;
        private final String textBody;
        private final Map<Locale, Layout> layouts = new HashMap<>();

        private Prepared(String subject, String preheader, String body, String officerName, CityIdentity identity) {
            this.subject = subject;
            this.preheader = preheader;
            this.body = body;
            this.officerName = officerName;
            this.identity = identity;
            String asText = HtmlContent.toText(body);
            // the text part can take the merge fields after conversion when it holds the same fields as the
            // HTML (a field split by markup is merged from the HTML, per recipient, as before)
            this.textBody = MergeFields.count(asText) == MergeFields.count(body) ? asText : null;
        }

        /**
         * @param to             the address
         * @param person         merge-field values of the recipient
         * @param unsubscribeUrl the recipient's link
         * @return the message
         */
        RenderedMessage render(String to, Person person, String unsubscribeUrl) {
            Locale locale = "en".equals(person.language()) ? Locale.ENGLISH : Locale.FRENCH;
            Map<String, String> values = new HashMap<>();
            values.put("civilite", civility(person.civility(), locale));
            values.put("prenom", person.firstName());
            values.put("nom", person.lastName());
            values.put("partenaire", person.partnerName());
            values.put("referent", officerName);
            String mergedSubject = MergeFields.apply(subject, values, s -> s);
            String mergedPreheader = preheader == null ? null : MergeFields.apply(preheader, values, s -> s);
            String mergedBody = MergeFields.apply(body, values, Entities::escape);
            String mergedText =
                    textBody == null ? HtmlContent.toText(mergedBody) : MergeFields.apply(textBody, values, s -> s);
            Layout layout = layouts.computeIfAbsent(locale, this::layout);
            String htmlPart = layout.html.fill(
                    Escapers.HTML.escape(mergedSubject),
                    mergedPreheader == null ? "" : Escapers.HTML.escape(mergedPreheader),
                    mergedBody,
                    Escapers.HTML.escape(unsubscribeUrl));
            String textPart = layout.text.fill(
                    mergedSubject, mergedPreheader == null ? "" : mergedPreheader, mergedText, unsubscribeUrl);
            return new RenderedMessage(to, mergedSubject, htmlPart, textPart, unsubscribeUrl);
        }

        private Layout layout(Locale locale) {
            Map<String, Object> model = new HashMap<>();
            model.put("lang", locale.getLanguage());
            model.put("subject", Slots.SUBJECT);
            model.put("preheader", preheader == null ? null : Slots.PREHEADER);
            model.put("cityName", identity.name());
            model.put("primaryColor", CssColor.orDefault(identity.primaryColor(), "#1a4d8f"));
            model.put("accentColor", CssColor.orDefault(identity.accentColor(), "#e07b00"));
            model.put("logoUrl", identity.hasLogo() ? links.base() + "/newsletter/logo.png" : null);
            model.put("unsubscribeUrl", Slots.UNSUBSCRIBE);
            model.put("footerWhy", Messages.get(locale, "mail.footer.why", identity.name()));
            model.put("footerUnsubscribe", Messages.get(locale, "mail.footer.unsubscribe"));
            model.put("body", Slots.BODY);
            return new Layout(Slots.of(html.execute(model)), Slots.of(text.execute(model)));
        }
    }

    private record Layout(Slots html, Slots text) {}

    private static String civility(Civility c, Locale locale) {
        return c == null ? null : Messages.get(locale, "mail.civility." + c.name());
    }

    private static String read(String path) {
        try (Reader r = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
