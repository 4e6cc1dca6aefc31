package fr.levier.newsletter;

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
        Locale locale = "en".equals(person.language()) ? Locale.ENGLISH : Locale.FRENCH;
        Map<String, String> values = new HashMap<>();
        values.put("civilite", civility(person.civility(), locale));
        values.put("prenom", person.firstName());
        values.put("nom", person.lastName());
        values.put("partenaire", person.partnerName());
        values.put("referent", officerName);
        String mergedSubject = MergeFields.apply(subject, values, s -> s);
        String mergedBody = MergeFields.apply(body, values, Entities::escape);
        CityIdentity identity = city.current();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("subject", mergedSubject);
        model.put("preheader", preheader == null ? null : MergeFields.apply(preheader, values, s -> s));
        model.put("cityName", identity.name());
        model.put("primaryColor", CssColor.orDefault(identity.primaryColor(), "#1a4d8f"));
        model.put("accentColor", CssColor.orDefault(identity.accentColor(), "#e07b00"));
        model.put("logoUrl", identity.hasLogo() ? links.base() + "/newsletter/logo.png" : null);
        model.put("unsubscribeUrl", unsubscribeUrl);
        model.put("footerWhy", Messages.get(locale, "mail.footer.why", identity.name()));
        model.put("footerUnsubscribe", Messages.get(locale, "mail.footer.unsubscribe"));
        model.put("body", mergedBody);
        String htmlPart = html.execute(model);
        model.put("body", HtmlContent.toText(mergedBody));
        String textPart = text.execute(model);
        return new RenderedMessage(to, mergedSubject, htmlPart, textPart, unsubscribeUrl);
    }

    private String civility(Civility c, Locale locale) {
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
