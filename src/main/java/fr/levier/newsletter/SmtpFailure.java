package fr.levier.newsletter;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Reads an SMTP failure: a 5xx reply is permanent (the address is refused for good: hard bounce), a 4xx
 * reply or no connection at all is temporary (retry later). A plain rule over the exception chain.
 *
 * @param permanent whether retrying is pointless
 * @param code      the SMTP reply code, or 0 when the server could not be reached
 * @param message   a short description for the officer (no personal data)
 */
record SmtpFailure(boolean permanent, int code, String message) {

    /** @return the failure described by an exception thrown while connecting or sending */
    static SmtpFailure of(Exception e) {
        int code = replyCode(e);
        String text = describe(e);
        if (code >= 500 && code < 600) {
            return new SmtpFailure(true, code, text);
        }
        return new SmtpFailure(false, code, text);
    }

    /** @return whether the connection itself failed (refused, reset, timed out) */
    boolean connectionLost() {
        return code == 0;
    }

    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            try {
                Method m = t.getClass().getMethod("getReturnCode");
                Object code = m.invoke(t);
                if (code instanceof Integer i && i > 0) {
                    return i;
                }
            } catch (ReflectiveOperationException ignored) {
                // not an SMTP reply exception
            }
        }
        return 0;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t) {
            return me.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException io) {
                return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
            }
        }
        String m = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        // the server's reply may repeat the address: keep the code and the first words only
        m = m.replaceAll("[\\w.+-]+@[\\w.-]+", "…");
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
