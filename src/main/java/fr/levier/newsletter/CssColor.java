package fr.levier.newsletter;

/** Colours come from an admin setting: only a plain hex colour goes into the CSS of e-mails and pages. */
public final class CssColor {

    private CssColor() {}

    /** @return {@code color} when it is {@code #rgb} or {@code #rrggbb}, else {@code fallback} */
    public static String orDefault(String color, String fallback) {
        return color != null && color.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? color : fallback;
    }
}
