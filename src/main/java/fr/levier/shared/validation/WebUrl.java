package fr.levier.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web site address shown as a link: {@code http} or {@code https} with a host, or a bare host
 * ({@code www.exemple.fr}); {@code javascript:}, {@code data:} and other schemes are refused.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {

    /** @return the message */
    String message() default "{levier.validation.webUrl}";

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Validator implements ConstraintValidator<WebUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isWebUrl(value);
        }

        /**
         * @param value an address, {@code null} or blank is fine (optional field)
         * @return whether it is an http(s) address or a bare host
         */
        public static boolean isWebUrl(String value) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String v = value.strip();
            if (!SafeText.Validator.isSafe(v, false) || v.chars().anyMatch(Character::isWhitespace)) {
                return false;
            }
            String withScheme = v.contains("://") ? v : "https://" + v;
            try {
                URI uri = new URI(withScheme);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https"))
                        && uri.getHost() != null
                        && uri.getHost().contains(".");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
