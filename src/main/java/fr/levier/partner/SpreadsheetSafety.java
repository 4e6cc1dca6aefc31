package fr.levier.partner;

/**
 * Formula injection: a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab
 * or carriage return) would be run by a spreadsheet. Imported cells are always read and stored as
 * text; exported CSV cells that could be read as a formula get a leading apostrophe, and XLSX
 * cells are always written as strings, never as formulas.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {}

    /** @return whether a spreadsheet would treat the text as a formula */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * @param text a value to export, may be {@code null}
     * @return the value, prefixed with an apostrophe when it could be read as a formula
     */
    public static String neutralize(String text) {
        if (text == null) {
            return "";
        }
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
