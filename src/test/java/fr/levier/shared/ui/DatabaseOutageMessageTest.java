package fr.levier.shared.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import fr.levier.testsupport.KaribuTest;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** While the database is down, a user's action ends with a clear message, not an error reference. */
class DatabaseOutageMessageTest extends KaribuTest {

    @Test
    void aUserWhoseActionHitsTheOutageIsToldNothingWasSaved() {
        login("officer");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        var outage = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        new UiErrorHandler.Handler().error(new ErrorEvent(outage));

        // exactly this one notification, no "unexpected error [reference]"
        NotificationsKt.expectNotifications(
                "La base de données est momentanément injoignable : votre dernière action n'a pas été"
                        + " enregistrée. Réessayez dans un instant ; l'application se reconnecte toute seule.");
    }
}
