package fr.levier.shared.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Finds which field of a JSON body the parser could not read, to name it in the 400 answer. */
final class RequestFields {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

    private RequestFields() {}

    /** @return the JSON path of the field at fault ({@code lines[2].amount}), {@code null} when unknown */
    static String culprit(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            return null;
        }
        String path = jackson.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        if (!path.isEmpty()) {
            return path.startsWith(".") ? path.substring(1) : path;
        }
        Matcher m = PROPERTY.matcher(String.valueOf(jackson.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    /** @return {@code true} when the field is missing or null rather than of the wrong type */
    static boolean isMissing(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        String message = jackson == null ? "" : String.valueOf(jackson.getOriginalMessage());
        return jackson instanceof MismatchedInputException && (message.contains("null") || message.contains("Missing"));
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }
}
