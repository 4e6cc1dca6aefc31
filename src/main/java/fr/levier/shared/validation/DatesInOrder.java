package fr.levier.shared.validation;

import fr.levier.shared.DossierDates;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dossier's dates follow its steps: a dossier is submitted after it is opened, declared complete and
 * decided after it is submitted, notified after the decision, its convention signed after the decision,
 * its completion declared after the works started. Works may start before the decision (an authorised
 * early start), so that step is not ordered against the instruction. The error names the later date.
 */
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DatesInOrder.Validator.class)
public @interface DatesInOrder {

    /** @return the message (i18n key of ValidationMessages) */
    String message() default "{levier.validation.datesInOrder}";

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * Two steps in order.
     *
     * @param earlier the step that comes first
     * @param later   the step that cannot precede it
     */
    record Pair(DossierDates.Step earlier, DossierDates.Step later) {}

    /** The steps that must not be out of order: (earlier, later). */
    List<Pair> ORDER = List.of(
            new Pair(DossierDates.Step.OPENED, DossierDates.Step.SUBMITTED),
            new Pair(DossierDates.Step.SUBMITTED, DossierDates.Step.COMPLETE),
            new Pair(DossierDates.Step.SUBMITTED, DossierDates.Step.DECIDED),
            new Pair(DossierDates.Step.DECIDED, DossierDates.Step.NOTIFIED),
            new Pair(DossierDates.Step.DECIDED, DossierDates.Step.CONVENTION_SIGNED),
            new Pair(DossierDates.Step.WORKS_STARTED, DossierDates.Step.COMPLETION_DECLARED));

    /** The check, usable without the annotation. */
    final class Validator implements ConstraintValidator<DatesInOrder, DossierDates> {

        /**
         * @param dates a dossier's dates, {@code null} is in order
         * @return the first pair out of order, empty when all known dates are in order
         */
        public static Optional<Pair> firstOutOfOrder(DossierDates dates) {
            if (dates == null) {
                return Optional.empty();
            }
            for (Pair pair : ORDER) {
                LocalDate earlier = dates.get(pair.earlier());
                LocalDate later = dates.get(pair.later());
                if (earlier != null && later != null && later.isBefore(earlier)) {
                    return Optional.of(pair);
                }
            }
            return Optional.empty();
        }

        /** @return the record component of a step, e.g. {@code submittedOn} (the field the error names) */
        public static String field(DossierDates.Step step) {
            return switch (step) {
                case OPENED -> "openedOn";
                case SUBMITTED -> "submittedOn";
                case COMPLETE -> "completeOn";
                case DECIDED -> "decidedOn";
                case NOTIFIED -> "notifiedOn";
                case CONVENTION_SIGNED -> "conventionSignedOn";
                case WORKS_STARTED -> "worksStartedOn";
                case COMPLETION_DECLARED -> "completionDeclaredOn";
            };
        }

        @Override
        public boolean isValid(DossierDates value, ConstraintValidatorContext context) {
            Optional<Pair> wrong = firstOutOfOrder(value);
            if (wrong.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{levier.validation.datesInOrder."
                            + field(wrong.get().earlier()) + "}")
                    .addPropertyNode(field(wrong.get().later()))
                    .addConstraintViolation();
            return false;
        }
    }
}
