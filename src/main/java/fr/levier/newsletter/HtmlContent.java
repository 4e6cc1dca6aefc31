package fr.levier.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * A newsletter's body as HTML: sanitised with a jsoup safelist before it is stored, shown or sent (no
 * script, no event handler, no tracking pixel from elsewhere than http/https), and turned into the
 * plain-text alternative of the e-mail. A plain rule.
 */
final class HtmlContent {

    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes(":all", "class")
            .addAttributes("a", "target")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(false);

    private HtmlContent() {}

    /** @return the HTML with only safe elements, attributes and URLs left */
    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFE, out);
    }

    /** @return whether the HTML has no visible text and no image */
    static boolean isBlank(String html) {
        Document d = Jsoup.parseBodyFragment(sanitize(html));
        return d.body().text().isBlank() && d.body().select("img").isEmpty();
    }

    /**
     * The plain-text alternative: paragraphs and line breaks kept, list items as "- ", links as
     * "text (url)", images as their alt text.
     */
    static String toText(String html) {
        Document d = Jsoup.parseBodyFragment(sanitize(html));
        StringBuilder sb = new StringBuilder();
        for (Node n : d.body().childNodes()) {
            write(n, sb);
        }
        return sb.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .trim();
    }

    private static void write(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.text());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        switch (tag) {
            case "br" -> sb.append('\n');
            case "img" -> sb.append(e.attr("alt"));
            case "a" -> {
                String text = e.text();
                String href = e.attr("href");
                sb.append(text);
                if (!href.isBlank() && !href.equals(text)) {
                    sb.append(" (").append(href).append(')');
                }
            }
            default -> {
                boolean block = e.isBlock();
                if (tag.equals("li")) {
                    sb.append("- ");
                }
                for (Node child : e.childNodes()) {
                    write(child, sb);
                }
                if (block) {
                    sb.append(tag.equals("p") || tag.matches("h[1-6]") ? "\n\n" : "\n");
                }
            }
        }
    }
}
