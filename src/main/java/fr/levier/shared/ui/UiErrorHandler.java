package fr.levier.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.levier.shared.BusinessRuleException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for errors escaping a view: the user gets a clear, translated message (a
 * refused rule, a concurrent edit, a forbidden action); unexpected errors are logged with a reference
 * the user can quote, and without personal data (exception types and stack only).
 */
@Component
@Order(100)
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOf(event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a UI", event.getThrowable());
                return;
            }
            if (fr.levier.shared.DatabaseOutage.isCause(event.getThrowable())) {
                // nothing was saved (the transaction rolled back whole); the pool reconnects by itself
                log.warn("Database unreachable during a UI action");
                Notifications.error(ui.getTranslation("error.databaseUnavailable"));
            } else if (cause instanceof BusinessRuleException rule) {
                Notifications.error(rule.getMessage());
            } else if (cause instanceof OptimisticLockingFailureException) {
                Notifications.error(ui.getTranslation("error.conflict"));
            } else if (cause instanceof AccessDeniedException) {
                Notifications.error(ui.getTranslation("error.forbidden"));
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected UI error, reference {}", reference, event.getThrowable());
                Notifications.error(ui.getTranslation("error.unexpected") + " [" + reference + "]");
            }
        }

        private static Throwable rootOf(Throwable t) {
            Throwable current = t;
            while (current.getCause() != null
                    && !(current instanceof BusinessRuleException)
                    && !(current instanceof OptimisticLockingFailureException)
                    && !(current instanceof AccessDeniedException)) {
                current = current.getCause();
            }
            return current;
        }
    }
}
