package fr.levier.partner.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The field-by-field choice of a merge (partners, contacts): one row per field with the two records'
 * values side by side and a radio choice between them. By default a row keeps the first record's value,
 * unless it is empty and the second one is not.
 *
 * @param <F> the fields that can be chosen
 */
final class FieldChoices<F extends Enum<F>> extends Grid<FieldChoices.Row<F>> {

    record Row<F>(F field, String left, String right) {}

    private final Map<F, RadioButtonGroup<Integer>> picks;
    private final Class<F> type;

    /**
     * @param type         the field enum
     * @param label        a field's translated label
     * @param left         a field's value in the first record ("" when empty)
     * @param right        a field's value in the second record ("" when empty)
     * @param fieldHeader  the header of the label column
     * @param valuesHeader the header of the choice column
     */
    FieldChoices(
            Class<F> type,
            Function<F, String> label,
            Function<F, String> left,
            Function<F, String> right,
            String fieldHeader,
            String valuesHeader) {
        this.type = type;
        this.picks = new EnumMap<>(type);
        List<Row<F>> rows = new ArrayList<>();
        for (F f : type.getEnumConstants()) {
            rows.add(new Row<>(f, left.apply(f), right.apply(f)));
        }
        addColumn(r -> label.apply(r.field())).setHeader(fieldHeader).setFlexGrow(1);
        addComponentColumn(r -> {
                    RadioButtonGroup<Integer> pick = new RadioButtonGroup<>();
                    pick.setItems(1, 2);
                    pick.setItemLabelGenerator(i -> {
                        String v = i == 1 ? r.left() : r.right();
                        return v.isEmpty() ? "—" : v;
                    });
                    pick.setValue(r.left().isEmpty() && !r.right().isEmpty() ? 2 : 1);
                    pick.setId("merge-" + r.field().name());
                    picks.put(r.field(), pick);
                    return pick;
                })
                .setHeader(valuesHeader)
                .setFlexGrow(4);
        setItems(rows);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    }

    /**
     * @param side 1 for the first record, 2 for the second
     * @return the fields whose chosen value is that record's
     */
    Set<F> takenFrom(int side) {
        Set<F> fields = EnumSet.noneOf(type);
        picks.forEach((f, pick) -> {
            if (Objects.equals(pick.getValue(), side)) {
                fields.add(f);
            }
        });
        return fields;
    }
}
