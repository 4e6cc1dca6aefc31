package fr.levier.partner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a partner stands in the name order (name, then id to break ties): the key of keyset ("seek")
 * pagination. The next page starts after the last row of the previous one with an indexed range
 * ({@code name > ? or (name = ? and id > ?)}) instead of counting and skipping {@code offset} rows, so a
 * deep page costs what the first one does. Sent to API clients as an opaque cursor ({@link #cursor()}).
 *
 * @param name the partner's name
 * @param id   the partner's id
 */
public record PartnerKey(String name, long id) {

    /** Checks the name is there. */
    public PartnerKey {
        Objects.requireNonNull(name, "name");
    }

    /** @return the key of a listed partner */
    public static PartnerKey of(PartnerSummary partner) {
        return new PartnerKey(partner.name(), partner.id());
    }

    /** @return the opaque cursor of this key (base64url of {@code id:name}) */
    public String cursor() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((id + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor given back by a client (Spring MVC converts request parameters with it).
     *
     * @param cursor what {@link #cursor()} wrote
     * @return the key
     * @throws IllegalArgumentException when the text is not such a cursor
     */
    public static PartnerKey valueOf(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a partner cursor", e);
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a partner cursor");
        }
        try {
            return new PartnerKey(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a partner cursor", e);
        }
    }
}
