package fr.levier.dashboard;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The target of one indicator for one year, set by an admin. */
@Entity
@Table(name = "scorecard_target")
class ScorecardTarget extends AbstractEntity {

    @Column(name = "indicator_key", nullable = false, length = 60)
    private String indicatorKey;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    protected ScorecardTarget() {}

    ScorecardTarget(String indicatorKey, int year) {
        this.indicatorKey = indicatorKey;
        this.year = year;
    }

    String getIndicatorKey() {
        return indicatorKey;
    }

    int getYear() {
        return year;
    }

    BigDecimal getValue() {
        return value;
    }

    void setValue(BigDecimal value) {
        this.value = value;
    }
}
