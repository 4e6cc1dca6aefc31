package fr.levier.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import fr.levier.audit.FieldChange;
import fr.levier.audit.HistoryEntry;
import fr.levier.audit.HistoryService;
import fr.levier.shared.FrenchFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The "History" tab of a record: each change in plain words (when, who, what: field old → new),
 * newest first, fetched a page at a time from the audit trail so records with thousands of
 * revisions open as fast as new ones. Field names come from the {@code history.field.*} keys.
 */
public class HistoryPanel extends Composite<VerticalLayout> {

    private static final int LONG_TEXT = 160;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Grid<HistoryEntry> grid = new Grid<>();

    private HistoryPanel(boolean showRecord) {
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> WHEN.format(e.at().atZone(PARIS)))
                .setHeader(getTranslation("history.when"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::username)
                .setHeader(getTranslation("history.who"))
                .setWidth("9rem")
                .setFlexGrow(0);
        if (showRecord) {
            grid.addColumn(e -> getTranslation("history.record", e.entityId()))
                    .setHeader(getTranslation("history.recordHeader"))
                    .setWidth("7rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(e -> getTranslation("history.kind." + e.kind()))
                .setHeader(getTranslation("history.what"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<HistoryEntry>of("<div class=\"levier-history-changes\">${item.changes}</div>")
                        .withProperty("changes", this::describe))
                .setHeader(getTranslation("history.changes"))
                .setFlexGrow(1);
        grid.setWidthFull();
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        getContent().setPadding(false);
        getContent().add(new Span(getTranslation("history.intro")), grid);
    }

    /**
     * The history of one record.
     *
     * @param service    the history service
     * @param entityType the record's kind (simple class name)
     * @param id         the record's id
     * @return the panel
     */
    public static HistoryPanel of(HistoryService service, String entityType, long id) {
        HistoryPanel panel = new HistoryPanel(false);
        panel.grid.setItems(q -> service.page(entityType, id, q.getOffset(), q.getLimit()).stream(), q ->
                (int) service.count(entityType, id));
        return panel;
    }

    /**
     * The history of the records that belong to an owner (e.g. the claims of a commitment).
     *
     * @param service       the history service
     * @param entityType    the records' kind
     * @param ownerProperty the property that holds the owner's id
     * @param ownerId       the owner's id
     * @return the panel
     */
    public static HistoryPanel byOwner(HistoryService service, String entityType, String ownerProperty, long ownerId) {
        HistoryPanel panel = new HistoryPanel(true);
        panel.grid.setItems(
                q -> service.pageByOwner(entityType, ownerProperty, ownerId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.countByOwner(entityType, ownerProperty, ownerId));
        return panel;
    }

    /**
     * A closed "History" section for long pages: the history is read only when someone opens it.
     *
     * @param content builds the history component(s) on first opening
     * @return the section
     */
    public static Details section(java.util.function.Supplier<Component> content) {
        Details details = new Details();
        details.setSummaryText(details.getTranslation("history.tab"));
        details.setId("history-section");
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content.get());
            }
        });
        return details;
    }

    /**
     * @param ctx   the component whose locale and translations to use
     * @param entry one revision
     * @return its changes as lines "Field : old → new"
     */
    static String describe(Component ctx, HistoryEntry entry) {
        if (entry.changes().isEmpty()) {
            return ctx.getTranslation("history.noFieldChange");
        }
        return entry.changes().stream()
                .map(c -> describe(ctx, entry.entityType(), entry.kind(), c))
                .collect(Collectors.joining("\n"));
    }

    private String describe(HistoryEntry entry) {
        return describe(this, entry);
    }

    private static String describe(Component ctx, String entityType, String kind, FieldChange c) {
        String label = fieldLabel(ctx, entityType, c.field());
        return switch (kind) {
            case "ADD" -> label + " : " + format(ctx, c.after());
            case "DEL" -> label + " : " + format(ctx, c.before()) + " → " + ctx.getTranslation("history.empty");
            default -> label + " : " + format(ctx, c.before()) + " → " + format(ctx, c.after());
        };
    }

    private static String fieldLabel(Component ctx, String entityType, String field) {
        for (String key : List.of("history.field." + entityType + "." + field, "history.field." + field)) {
            String t = ctx.getTranslation(key);
            if (!t.startsWith("!")) {
                return t;
            }
        }
        return humanise(field);
    }

    /** "amountAwarded" → "Amount awarded": a readable fallback when no label is defined. */
    static String humanise(String field) {
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String format(Component ctx, Object value) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? FrenchFormats.FRENCH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        if (value == null) {
            return ctx.getTranslation("history.empty");
        }
        if (value instanceof BigDecimal d) {
            return FrenchFormats.money(d, locale);
        }
        if (value instanceof LocalDate d) {
            return FrenchFormats.date(d);
        }
        if (value instanceof Instant i) {
            return WHEN.format(i.atZone(PARIS));
        }
        if (value instanceof Boolean b) {
            return ctx.getTranslation(b ? "history.yes" : "history.no");
        }
        if (value instanceof Enum<?> e) {
            String simple = e.getDeclaringClass().getSimpleName();
            String t =
                    ctx.getTranslation(Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + e.name());
            return t.startsWith("!") ? e.name() : t;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> format(ctx, v)).collect(Collectors.joining(", "));
        }
        return "« " + shorten(String.valueOf(value)) + " »";
    }

    /** Long texts (a newsletter's HTML) are shown as their first words, without markup. */
    static String shorten(String text) {
        if (text.length() <= LONG_TEXT) {
            return text;
        }
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return plain.length() <= LONG_TEXT ? plain : plain.substring(0, LONG_TEXT) + "…";
    }
}
