package fr.levier.dashboard;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A learning figure recorded by hand (e.g. 12 people trained on 14/03/2026). */
@Entity
@Table(name = "learning_entry")
class LearningEntry extends AbstractEntity {

    @Column(name = "indicator_key", nullable = false, length = 60)
    private String indicatorKey;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(length = 500)
    private String note;

    protected LearningEntry() {}

    LearningEntry(LearningInput in) {
        indicatorKey = in.indicator().key();
        recordedOn = in.recordedOn();
        amount = in.amount();
        note = in.note() == null || in.note().isBlank() ? null : in.note().trim();
    }

    LearningRecord toRecord() {
        return new LearningRecord(
                getId(), IndicatorKey.byKey(indicatorKey).orElseThrow(), recordedOn, amount, note, getCreatedBy());
    }
}
