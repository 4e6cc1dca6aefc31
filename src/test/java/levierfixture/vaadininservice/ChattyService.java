package levierfixture.vaadininservice;

import com.vaadin.flow.component.notification.Notification;

/** Fixture: a service (not a ui package) that talks to the screen itself. */
public class ChattyService {

    public void save() {
        Notification.show("saved");
    }
}
