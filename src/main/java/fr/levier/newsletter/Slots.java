package fr.levier.newsletter;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered template cut at its per-recipient slots (subject, preheader, body, unsubscribe link), so a
 * campaign's template is rendered once and each message only fills the slots. The markers are control
 * characters that neither HTML escaping nor a newsletter's sanitised content can produce.
 */
final class Slots {

    static final String SUBJECT = "\u0001S\u0001";
    static final String PREHEADER = "\u0001P\u0001";
    static final String BODY = "\u0001B\u0001";
    static final String UNSUBSCRIBE = "\u0001U\u0001";
    private static final String[] MARKERS = {SUBJECT, PREHEADER, BODY, UNSUBSCRIBE};

    /** Literal text, then the slot index that follows it (-1 after the last literal). */
    private final List<String> literals;

    private final int[] slots;
    private final int size;

    private Slots(List<String> literals, int[] slots, int size) {
        this.literals = literals;
        this.slots = slots;
        this.size = size;
    }

    /** @return the rendered template cut at its markers */
    static Slots of(String rendered) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            int which = -1;
            for (int i = 0; i < MARKERS.length; i++) {
                int at = rendered.indexOf(MARKERS[i], from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    which = i;
                }
            }
            if (next < 0) {
                literals.add(rendered.substring(from));
                slots.add(-1);
                break;
            }
            literals.add(rendered.substring(from, next));
            slots.add(which);
            from = next + MARKERS[which].length();
        }
        return new Slots(literals, slots.stream().mapToInt(Integer::intValue).toArray(), rendered.length());
    }

    /** @return the template with its slots filled, values already escaped for the template's format */
    String fill(String subject, String preheader, String body, String unsubscribe) {
        String[] values = {subject, preheader, body, unsubscribe};
        StringBuilder sb = new StringBuilder(size + body.length() + 256);
        for (int i = 0; i < literals.size(); i++) {
            sb.append(literals.get(i));
            if (slots[i] >= 0) {
                sb.append(values[slots[i]]);
            }
        }
        return sb.toString();
    }
}
