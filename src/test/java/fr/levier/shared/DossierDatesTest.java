package fr.levier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DossierDatesTest {

    private static final LocalDate DAY = LocalDate.of(2028, 2, 29);

    @ParameterizedTest
    @EnumSource(DossierDates.Step.class)
    void withChangesExactlyOneStep(DossierDates.Step step) {
        DossierDates changed = DossierDates.NONE.with(step, DAY);
        for (DossierDates.Step other : DossierDates.Step.values()) {
            assertThat(changed.get(other)).as(other.name()).isEqualTo(other == step ? DAY : null);
        }
        assertThat(changed.with(step, null)).isEqualTo(DossierDates.NONE);
    }

    @Test
    void instructionTimeRunsFromOpeningOrElseSubmissionToDecision() {
        LocalDate opened = LocalDate.of(2026, 1, 5);
        DossierDates dates = DossierDates.NONE
                .with(DossierDates.Step.SUBMITTED, opened.plusDays(10))
                .with(DossierDates.Step.DECIDED, opened.plusDays(40));
        assertThat(dates.instructionDays()).isEqualTo(30L);
        assertThat(dates.with(DossierDates.Step.OPENED, opened).instructionDays())
                .isEqualTo(40L);
        assertThat(DossierDates.NONE.with(DossierDates.Step.OPENED, opened).instructionDays())
                .isNull();
    }
}
