package fr.levier.partner;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers as French offices write them in spreadsheets: {@code 1 234,50 €}, {@code 1234,5},
 * {@code 1.234,50}, {@code -12,00 EUR}, {@code (300)}; English {@code 1,234.50} is understood too
 * when both separators are present.
 */
public final class FrenchNumbers {

    private FrenchNumbers() {}

    /**
     * @param text a cell's text, may be {@code null}
     * @return the number, empty when blank
     * @throws IllegalArgumentException when the text is not a number
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim().replaceAll("(?i)eur(os?)?$", "").replace("€", "").replaceAll("[\\s\\u00a0\\u202f']", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            if (comma > dot) {
                s = s.replace(".", "").replace(',', '.');
            } else {
                s = s.replace(",", "");
            }
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                s = s.replace(",", "");
            } else {
                s = s.replace(',', '.');
            }
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            s = s.replace(".", "");
        }
        if (!s.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new IllegalArgumentException("not a number");
        }
        BigDecimal value = new BigDecimal(s);
        return Optional.of(negative ? value.negate() : value);
    }
}
