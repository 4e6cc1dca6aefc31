package fr.levier.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.StaleRecordException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Consumer;
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
        return run(action, fields, null);
    }

    /**
     * Runs a save from a form; when someone else saved the record since it was read, calls
     * {@code onStale} (typically to show a {@link ConflictNotice}) instead of the generic message.
     *
     * @param action  the call
     * @param fields  form fields by the names the service uses
     * @param onStale what to do on a stale version, {@code null} for the generic notification
     * @return {@code true} when the call succeeded
     */
    public static boolean run(
            Runnable action, Map<String, ? extends HasValidation> fields, Consumer<StaleRecordException> onStale) {
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
        } catch (StaleRecordException e) {
            if (onStale != null) {
                onStale.accept(e);
            } else {
                Notifications.error(UI.getCurrent().getTranslation("error.conflict"));
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(UI.getCurrent().getTranslation("error.conflict"));
        }
        return false;
    }
}
