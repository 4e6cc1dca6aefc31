package fr.levier.shared.api;

import java.util.Map;

/** Query parameters refused at the edge (paging, sort): a 400 naming each one in {@code fieldErrors}. */
public class InvalidParametersException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    /** @param fieldErrors parameter → message */
    public InvalidParametersException(Map<String, String> fieldErrors) {
        super("invalid parameters " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** @return parameter → message */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
