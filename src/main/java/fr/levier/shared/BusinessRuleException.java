package fr.levier.shared;

/**
 * A change refused by a domain rule. The message is meant for the user and names the rule
 * (e.g. "Advance above 30 % of the award (décret 2018-514)"); {@link #getField()} points to the
 * offending input when there is one.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;

    /** @param message the user-facing message */
    public BusinessRuleException(String message) {
        this(null, message);
    }

    /**
     * @param field   the input field at fault, or {@code null}
     * @param message the user-facing message
     */
    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the input field at fault, or {@code null} */
    public String getField() {
        return field;
    }
}
