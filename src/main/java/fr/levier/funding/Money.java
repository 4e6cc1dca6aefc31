package fr.levier.funding;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;

/** Checks shared by every money operation: euros with at most two decimals, reasons that say something. */
final class Money {

    private Money() {}

    /**
     * Refuses an amount with more than two decimals (the database would round it silently).
     *
     * @param field the input field
     * @param value the amount, may be {@code null}
     */
    static void requireCents(String field, BigDecimal value) {
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException(field, Messages.get("funding.error.cents", value.toPlainString()));
        }
    }

    /** @return the trimmed reason, refused when blank or longer than 1 000 characters */
    static String requireReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 1000) {
            throw new BusinessRuleException("reason", Messages.get("funding.error.reasonRequired"));
        }
        return r;
    }
}
