package fr.levier.shared.ui;

import com.vaadin.flow.component.html.Div;
import fr.levier.shared.RecordDiff;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The "someone else saved this" notice above a form: who saved, when, and which fields they changed.
 * The form keeps the user's input; saving again overwrites deliberately.
 */
public class ConflictNotice extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final String messageKey;
    private final String fieldKeyPrefix;

    /**
     * @param id             element id (for tests and styling)
     * @param messageKey     message with {0} who, {1} when, {2} the changed fields' labels
     * @param fieldKeyPrefix prefix of the fields' label keys, e.g. {@code projects.field.}
     */
    public ConflictNotice(String id, String messageKey, String fieldKeyPrefix) {
        this.messageKey = messageKey;
        this.fieldKeyPrefix = fieldKeyPrefix;
        setId(id);
        addClassName("conflict-notice");
        setVisible(false);
    }

    /**
     * @param startedFrom the values the user started from
     * @param fresh       the values saved meanwhile
     * @param updatedBy   who saved them
     * @param updatedAt   when
     */
    public void show(Record startedFrom, Record fresh, String updatedBy, Instant updatedAt) {
        String what = RecordDiff.changed(startedFrom, fresh).stream()
                .map(f -> getTranslation(fieldKeyPrefix + f))
                .collect(Collectors.joining(", "));
        setText(getTranslation(messageKey, updatedBy, WHEN.format(updatedAt), what));
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }
}
