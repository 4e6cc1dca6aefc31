package fr.levier.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or a one-line text a person typed: no NUL or other control character (tabs and line breaks
 * only where {@link #multiline()}), no lone surrogate (broken UTF-16), no bidi override or isolate
 * (U+202A–U+202E, U+2066–U+2069), which can make a name read backwards in lists and exports.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeText.Validator.class)
public @interface SafeText {

    /** @return the message (i18n key of ValidationMessages) */
    String message() default "{levier.validation.safeText}";

    /** @return whether tabs and line breaks are allowed */
    boolean multiline() default false;

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** The check, usable without the annotation. */
    final class Validator implements ConstraintValidator<SafeText, String> {
        private boolean multiline;

        @Override
        public void initialize(SafeText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isSafe(value, multiline);
        }

        /**
         * @param value     a text, {@code null} is safe
         * @param multiline allow tabs and line breaks
         * @return whether the text is safe
         */
        public static boolean isSafe(String value, boolean multiline) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return false;
                }
                if (Character.isLowSurrogate(c)) {
                    return false;
                }
                boolean allowedControl = multiline && (c == '\t' || c == '\n' || c == '\r');
                if ((Character.isISOControl(c) && !allowedControl)
                        || (c >= '\u202A' && c <= '\u202E')
                        || (c >= '\u2066' && c <= '\u2069')) {
                    return false;
                }
            }
            return true;
        }
    }
}
