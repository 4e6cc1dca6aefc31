package fr.levier.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded learning figure.
 *
 * @param id         id
 * @param indicator  which indicator
 * @param recordedOn when it happened
 * @param amount     how many
 * @param note       what it was
 * @param recordedBy who recorded it
 */
public record LearningRecord(
        Long id, IndicatorKey indicator, LocalDate recordedOn, BigDecimal amount, String note, String recordedBy) {}
