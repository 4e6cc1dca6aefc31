package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commitment lifecycle allows only its transitions. */
class CommitmentStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "IDENTIFIED, REQUESTED, true",
        "IDENTIFIED, AWARDED, false",
        "IDENTIFIED, WITHDRAWN, true",
        "IDENTIFIED, LAPSED, false",
        "REQUESTED, COMPLETE, true",
        "REQUESTED, AWARDED, true",
        "COMPLETE, REFUSED, true",
        "COMPLETE, CONVENTION_SIGNED, false",
        "AWARDED, CONVENTION_SIGNED, true",
        "AWARDED, LAPSED, true",
        "AWARDED, REQUESTED, false",
        "CONVENTION_SIGNED, PARTIALLY_PAID, true",
        "CONVENTION_SIGNED, LAPSED, true",
        "PARTIALLY_PAID, PAID, true",
        "PARTIALLY_PAID, CONVENTION_SIGNED, false",
        "PAID, CLOSED, true",
        "PAID, LAPSED, false",
        "REFUSED, AWARDED, false",
        "REFUSED, CLOSED, true",
        "CLOSED, REQUESTED, false",
        "LAPSED, AWARDED, false",
        "WITHDRAWN, REQUESTED, false",
    })
    void onlyAllowedTransitions(CommitmentStatus from, CommitmentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({
        "IDENTIFIED, true, false",
        "AWARDED, true, true",
        "PAID, false, true",
        "LAPSED, false, false",
        "REFUSED, false, false"
    })
    void openAndAwardedFlags(CommitmentStatus s, boolean open, boolean awarded) {
        assertThat(s.isOpen()).isEqualTo(open);
        assertThat(s.isAwarded()).isEqualTo(awarded);
    }

    @ParameterizedTest(name = "{0} → {1} walks {2}")
    @CsvSource({
        "IDENTIFIED, IDENTIFIED, ''",
        "IDENTIFIED, REQUESTED, REQUESTED",
        "IDENTIFIED, COMPLETE, REQUESTED COMPLETE",
        "IDENTIFIED, AWARDED, REQUESTED AWARDED",
        "IDENTIFIED, REFUSED, REQUESTED REFUSED",
        "IDENTIFIED, CONVENTION_SIGNED, REQUESTED AWARDED CONVENTION_SIGNED",
        "IDENTIFIED, CLOSED, REQUESTED AWARDED PAID CLOSED",
        "REQUESTED, CONVENTION_SIGNED, AWARDED CONVENTION_SIGNED",
    })
    void theShortestWayAlongAllowedTransitionsNeverThroughADeadStatus(
            CommitmentStatus from, CommitmentStatus to, String steps) {
        assertThat(CommitmentStatus.path(from, to).stream().map(Enum::name).toList())
                .isEqualTo(steps.isBlank() ? java.util.List.of() : java.util.List.of(steps.split(" ")));
    }

    @ParameterizedTest(name = "{0} → {1} is unreachable")
    @CsvSource({"AWARDED, REQUESTED", "LAPSED, AWARDED", "CLOSED, PAID"})
    void anUnreachableStatusIsRefused(CommitmentStatus from, CommitmentStatus to) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentStatus.path(from, to))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
