package fr.levier.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.shared.DossierDates;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of a dossier's dates, table-driven: which later date is refused, or none. */
class DatesInOrderTest {

    private static LocalDate d(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "all empty,                  -,          -,          -,          -,          -,          -,          -,          -,          -",
                "in order,                   2026-01-01, 2026-01-02, 2026-01-03, 2026-01-04, 2026-01-05, 2026-01-06, 2026-01-07, 2026-01-08, -",
                "same day,                   2026-01-01, 2026-01-01, 2026-01-01, 2026-01-01, 2026-01-01, 2026-01-01, 2026-01-01, 2026-01-01, -",
                "submitted before opened,    2026-02-01, 2026-01-31, -,          -,          -,          -,          -,          -,          submittedOn",
                "complete before submitted,  -,          2026-02-01, 2026-01-31, -,          -,          -,          -,          -,          completeOn",
                "decided before submitted,   -,          2026-03-01, -,          2026-02-01, -,          -,          -,          -,          decidedOn",
                "notified before decided,    -,          -,          -,          2026-03-01, 2026-02-28, -,          -,          -,          notifiedOn",
                "signed before decided,      -,          -,          -,          2026-03-01, -,          2026-02-28, -,          -,          conventionSignedOn",
                "completion before start,    -,          -,          -,          -,          -,          -,          2026-03-01, 2026-02-28, completionDeclaredOn",
                "early start is allowed,     -,          2026-03-01, -,          2026-05-01, -,          -,          2026-01-15, -,          -"
            })
    void theFirstDateOutOfOrderIsNamed(
            String label,
            String opened,
            String submitted,
            String complete,
            String decided,
            String notified,
            String signed,
            String started,
            String completed,
            String refused) {
        DossierDates dates = new DossierDates(
                d(opened), d(submitted), d(complete), d(decided), d(notified), d(signed), d(started), d(completed));
        Optional<String> wrong =
                DatesInOrder.Validator.firstOutOfOrder(dates).map(p -> DatesInOrder.Validator.field(p.later()));
        assertThat(wrong).as(label).isEqualTo(Optional.ofNullable(refused));
    }
}
