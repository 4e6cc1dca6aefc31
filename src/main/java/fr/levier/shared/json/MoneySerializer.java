package fr.levier.shared.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * How the API writes decimals: JSON numbers, never in exponent form, with at least two decimals, so
 * money (euros, scale 2) always reads {@code 196000.00}, never {@code 196000.0} or {@code 1.96E+5}.
 * Rates with more significant decimals keep them. Documented in the OpenAPI description and {@code docs/adr/004b}.
 */
@JacksonComponent
public class MoneySerializer extends ValueSerializer<BigDecimal> {

    /** Decimals written at least. */
    public static final int MIN_SCALE = 2;

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeNumber(scaled(value).toPlainString());
    }

    /**
     * @return the same number with exactly {@value #MIN_SCALE} decimals, or more when its significant
     *     decimals need them (exact: only zeros are added or removed)
     */
    public static BigDecimal scaled(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() >= MIN_SCALE ? plain : plain.setScale(MIN_SCALE, RoundingMode.UNNECESSARY);
    }

    @Override
    public Class<BigDecimal> handledType() {
        return BigDecimal.class;
    }
}
