package fr.levier.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.levier.funding.LapseClock;
import fr.levier.shared.FrenchFormats;

/** Small shared renderings of the funding screens. */
final class Labels {

    private Labels() {}

    static String deadline(Component c, LapseClock.Deadline d) {
        if (d == null) {
            return "";
        }
        String days = d.daysLeft() < 0
                ? c.getTranslation("deadline.overdueBy", FrenchFormats.count(-d.daysLeft(), locale(c)))
                : c.getTranslation("deadline.daysLeft", FrenchFormats.count(d.daysLeft(), locale(c)));
        return c.getTranslation("deadlineKind." + d.kind().name()) + " " + FrenchFormats.date(d.date()) + " (" + days
                + ")";
    }

    private static java.util.Locale locale(Component c) {
        return c.getUI()
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null
                        ? java.util.Locale.FRENCH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        // a rule's message (floor, ways out) can be a long sentence: it wraps inside the page
        s.getStyle().set("white-space", "normal").set("max-width", "100%").set("height", "auto");
        return s;
    }

    static String stateTheme(LapseClock.State state) {
        return switch (state) {
            case OVERDUE -> "error";
            case NEAR -> "warning";
            case ON_TRACK -> "success";
        };
    }
}
