package fr.levier.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import fr.levier.shared.BusinessRuleException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Shows what a service refused where the user looks: a field error on the offending field when
 * the service names it, otherwise a notification. Concurrent edits get the conflict message.
 */
public final class ServiceErrors {

    private ServiceErrors() {}

    /**
     * Runs a service call from a form and reports its refusal.
     *
     * @param action the call
     * @param fields form fields by the names the service uses
     * @return {@code true} when the call succeeded
     */
    public static boolean run(Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException e) {
            HasValidation field = e.getField() == null ? null : fields.get(e.getField());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                HasValidation field = fields.get(path.substring(path.lastIndexOf('.') + 1));
                if (field != null) {
                    field.setErrorMessage(v.getMessage());
                    field.setInvalid(true);
                } else {
                    Notifications.error(v.getMessage());
                }
            });
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(UI.getCurrent().getTranslation("error.conflict"));
        }
        return false;
    }
}
