package fr.levier.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message arriving in the bounce or unsubscribe mailbox is: a delivery report (hard or soft
 * bounce, with the VERP token of the address it came back to, if any), a request to leave the list sent
 * to the mailto address of {@code List-Unsubscribe} ({@code unsubscribe+<token>@…}), or something else
 * (an out-of-office reply, spam) that a person should look at. A plain rule.
 *
 * @param kind   what it is
 * @param report the delivery report, for a bounce
 * @param token  the signed token found in the address the message was sent to, or {@code null}
 */
record InboundMail(Kind kind, DeliveryReport.Result report, String token) {

    /** The kinds of inbound mail. */
    enum Kind {
        BOUNCE,
        UNSUBSCRIBE,
        OTHER
    }

    private static final Pattern TOKEN =
            Pattern.compile("([a-z0-9._-]+)\\+([a-z2-7]{26}-[a-z2-7]{24})@[a-z0-9.-]+", Pattern.CASE_INSENSITIVE);
    private static final String[] ADDRESSED_TO = {
        "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To", "Cc"
    };

    /**
     * @param m                  the message
     * @param unsubscribeAddress the mailto address of {@code List-Unsubscribe}, before its {@code +token}
     * @return what the message is
     */
    static InboundMail classify(MimeMessage m, String unsubscribeAddress) throws MessagingException, IOException {
        String unsubscribeLocal = local(unsubscribeAddress);
        DeliveryReport.Result report = DeliveryReport.read(m);
        if (report.kind() != DeliveryReport.Kind.NONE) {
            return new InboundMail(Kind.BOUNCE, report, token(m, null, unsubscribeLocal));
        }
        String auto = m.getHeader("Auto-Submitted", null);
        if (auto != null && !auto.trim().equalsIgnoreCase("no")) {
            return new InboundMail(Kind.OTHER, report, null); // out-of-office and other robots
        }
        String token = token(m, unsubscribeLocal, null);
        return token == null
                ? new InboundMail(Kind.OTHER, report, null)
                : new InboundMail(Kind.UNSUBSCRIBE, report, token);
    }

    /** The token of an address whose local part is {@code only} (if given) and not {@code except}. */
    private static String token(MimeMessage m, String only, String except) throws MessagingException {
        for (String header : ADDRESSED_TO) {
            String value = m.getHeader(header, ",");
            if (value == null) {
                continue;
            }
            Matcher t = TOKEN.matcher(value);
            while (t.find()) {
                String local = t.group(1).toLowerCase(Locale.ROOT);
                if ((only == null || local.equals(only)) && (except == null || !local.equals(except))) {
                    return t.group(2).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static String local(String address) {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    }
}
