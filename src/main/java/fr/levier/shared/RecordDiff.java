package fr.levier.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields differ between two versions of the same record: used to tell a user, after a
 * concurrent edit, what the other person changed.
 */
public final class RecordDiff {

    private RecordDiff() {}

    /**
     * @param before the values the user started from
     * @param after  the values saved meanwhile by someone else
     * @return names of the record components whose values differ (amounts compared by value)
     */
    public static List<String> changed(Record before, Record after) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(before);
                Object b = c.getAccessor().invoke(after);
                boolean same = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
                        ? x.compareTo(y) == 0
                        : Objects.equals(a, b);
                if (!same) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
