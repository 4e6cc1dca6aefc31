package fr.levier.newsletter;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bounce: an RFC 3464 delivery-status notification ({@code multipart/report}, per-recipient
 * {@code Action} and {@code Status} fields), or the plain-text forms Postfix ({@code <address>: host …
 * said: 550 5.1.1 …}) and Exchange ({@code #550 5.1.1 RESOLVER.ADR.RecipNotFound}) still send. It says
 * whether the failure is permanent (status 5.x.x: hard bounce) or temporary (4.x.x, or "delayed": soft),
 * which address failed and the Message-ID of the original message when the report quotes it. A plain rule
 * over the MIME structure, no I/O.
 */
final class DeliveryReport {

    /** What the report means for the address. */
    enum Kind {
        /** Permanent failure (5.x.x): the address is suppressed. */
        HARD,
        /** Temporary failure or delay (4.x.x): nothing to do. */
        SOFT,
        /** Not a delivery report. */
        NONE
    }

    /**
     * @param kind              hard, soft or none
     * @param status            the enhanced status code, e.g. {@code 5.1.1}, or {@code null}
     * @param recipient         the address that failed (lower case), or {@code null}
     * @param originalMessageId the Message-ID of the returned message, with angle brackets, or {@code null}
     */
    record Result(Kind kind, String status, String recipient, String originalMessageId) {
        static final Result NONE = new Result(Kind.NONE, null, null, null);
    }

    private static final Pattern BOUNCE_SENDER = Pattern.compile("(?i)mailer-daemon|postmaster|mail delivery");
    private static final Pattern BOUNCE_SUBJECT =
            Pattern.compile("(?i)undeliver|delivery status notification|delivery failure|failure notice|returned mail"
                    + "|mail delivery failed|delivery has failed|non remis|remise a échoué|échec de (la )?remise");
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern BASIC_CODE =
            Pattern.compile("(?i)(?:said:?|returned|#|\\bfailed:?)\\s*'?([45]\\d\\d)\\b");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s@]+@[^<>\\s]+)>\\s*:");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]+>)");

    private DeliveryReport() {}

    /** @return what the message reports, {@link Result#NONE} for an ordinary message */
    static Result read(MimeMessage m) throws MessagingException, IOException {
        boolean report = m.isMimeType("multipart/report");
        if (!report && !looksLikeBounce(m)) {
            return Result.NONE;
        }
        Parts parts = new Parts();
        collect(m, parts, 0);
        String messageId = first(MESSAGE_ID, parts.returnedHeaders.toString());
        if (messageId == null) {
            messageId = first(MESSAGE_ID, parts.text.toString());
        }
        if (messageId == null) {
            String inReplyTo = m.getHeader("In-Reply-To", null);
            messageId = inReplyTo == null ? null : inReplyTo.trim();
        }
        if (!parts.deliveryStatus.isEmpty()) {
            Result r = fromDeliveryStatus(parts.deliveryStatus.toString(), messageId);
            if (r != null) {
                return r;
            }
        }
        return fromText(parts.text.toString(), sender(m), messageId);
    }

    private static boolean looksLikeBounce(MimeMessage m) throws MessagingException {
        String from = m.getHeader("From", ",");
        String subject = m.getSubject();
        return (from != null && BOUNCE_SENDER.matcher(from).find())
                || (subject != null && BOUNCE_SUBJECT.matcher(subject).find());
    }

    /** Per-recipient groups of fields, blank-line separated; the first failed or delayed one counts. */
    private static Result fromDeliveryStatus(String fields, String messageId) {
        String unfolded = fields.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
        for (String group : unfolded.split("\n\\s*\n")) {
            String action = field(group, "Action");
            String status = field(group, "Status");
            String recipient = address(field(group, "Final-Recipient"));
            if (recipient == null) {
                recipient = address(field(group, "Original-Recipient"));
            }
            if (action == null && status == null) {
                continue;
            }
            String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
            Matcher code = status == null ? null : STATUS.matcher(status);
            String s = code != null && code.find() ? code.group() : null;
            if (a.startsWith("failed") && s != null && s.startsWith("5")) {
                return new Result(Kind.HARD, s, recipient, messageId);
            }
            if (a.startsWith("failed") || a.startsWith("delayed")) {
                return new Result(Kind.SOFT, s, recipient, messageId);
            }
        }
        return null;
    }

    /** Postfix's and Exchange's human-readable bounces. */
    private static Result fromText(String text, String sender, String messageId) {
        String status = null;
        Matcher m = STATUS.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("2")) {
                status = m.group();
                break;
            }
        }
        if (status == null) {
            Matcher basic = BASIC_CODE.matcher(text);
            if (basic.find()) {
                status = basic.group(1).charAt(0) + ".0.0";
            }
        }
        if (status == null) {
            return Result.NONE;
        }
        String recipient = first(ANGLE_ADDRESS, text);
        if (recipient == null) {
            Matcher any = ADDRESS.matcher(text);
            while (any.find()) {
                String a = any.group();
                if (!BOUNCE_SENDER.matcher(a).find() && !a.equalsIgnoreCase(sender)) {
                    recipient = a;
                    break;
                }
            }
        }
        return new Result(
                status.startsWith("5") ? Kind.HARD : Kind.SOFT,
                status,
                recipient == null ? null : recipient.toLowerCase(Locale.ROOT),
                messageId);
    }

    private static final class Parts {
        final StringBuilder text = new StringBuilder();
        final StringBuilder deliveryStatus = new StringBuilder();
        final StringBuilder returnedHeaders = new StringBuilder();
    }

    private static void collect(Part p, Parts out, int depth) throws MessagingException, IOException {
        if (depth > 5) {
            return;
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                collect(part, out, depth + 1);
            }
        } else if (p.isMimeType("message/delivery-status") || p.isMimeType("message/global-delivery-status")) {
            out.deliveryStatus.append(asText(p)).append("\n\n");
        } else if (p.isMimeType("text/rfc822-headers") || p.isMimeType("message/rfc822-headers")) {
            out.returnedHeaders.append(asText(p)).append('\n');
        } else if (p.isMimeType("message/rfc822") && depth > 0) {
            Object content = p.getContent();
            if (content instanceof MimeMessage original) {
                String id = original.getHeader("Message-ID", null);
                if (id != null) {
                    out.returnedHeaders.append("Message-ID: ").append(id.trim()).append('\n');
                }
            }
        } else if (p.isMimeType("text/plain") || p.isMimeType("text/html")) {
            out.text.append(asText(p)).append('\n');
        }
    }

    private static String asText(Part p) throws MessagingException, IOException {
        Object content = p.getContent();
        if (content instanceof String s) {
            return p.isMimeType("text/html") ? org.jsoup.Jsoup.parse(s).text() : s;
        }
        if (content instanceof InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (content instanceof MimeMessage headersOnly) {
            StringBuilder sb = new StringBuilder();
            var lines = headersOnly.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                sb.append(lines.nextElement()).append('\n');
            }
            return sb.toString();
        }
        return "";
    }

    private static String field(String group, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ":\\s*(.*)$").matcher(group);
        return m.find() ? m.group(1).trim() : null;
    }

    /** {@code rfc822; someone@example.org} → {@code someone@example.org} */
    private static String address(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String sender(MimeMessage m) {
        try {
            var from = m.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : "";
        } catch (MessagingException e) {
            return "";
        }
    }
}
