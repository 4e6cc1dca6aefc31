package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.LapseClock.Kind;
import fr.levier.funding.LapseClock.Rules;
import fr.levier.funding.LapseClock.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Décret 2018-514 and programme deadlines: next deadline, days left, near and overdue. */
class LapseClockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "notified {0}, started {1}, extension {2} → {3} on {4}, {5} days, {6}")
    @CsvSource({
        // not started: two years after notification
        "2025-03-01, ,           false, START,      2027-03-01, 96,   ON_TRACK",
        // exactly on the deadline day: 0 days left, near
        "2024-11-25, ,           false, START,      2026-11-25, 0,    NEAR",
        // one day late: overdue (at risk), never lapsed automatically
        "2024-11-24, ,           false, START,      2026-11-24, -1,   OVERDUE",
        // extension granted: one more year
        "2024-11-24, ,           true,  START,      2027-11-24, 364,  ON_TRACK",
        // notified on 29 February: two years later is 28 February (no 29th in 2026)
        "2024-02-29, ,           false, START,      2026-02-28, -270, OVERDUE",
        // started: four years after the start
        "2021-01-10, 2022-12-20, false, COMPLETION, 2026-12-20, 25,   NEAR",
        // started on 29 February 2024: completion 28 February 2028 (2028 is leap: 29 Feb exists)
        "2023-06-01, 2024-02-29, false, COMPLETION, 2028-02-29, 461,  ON_TRACK",
        // the extension only moves the start deadline
        "2020-01-01, 2022-11-01, true,  COMPLETION, 2026-11-01, -24,  OVERDUE",
    })
    void stateGrantsMustStartWithinTwoYearsAndCompleteWithinFour(
            LocalDate notified,
            LocalDate started,
            boolean extension,
            Kind kind,
            LocalDate date,
            long days,
            State state) {
        var d = LapseClock.next(new LapseClock.Input(Rules.STATE, notified, started, null, extension, null), TODAY)
                .orElseThrow();
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.daysLeft()).isEqualTo(days);
        assertThat(d.state()).isEqualTo(state);
    }

    @Test
    void noDeadlineOnceCompletionIsDeclared() {
        assertThat(LapseClock.next(
                        new LapseClock.Input(
                                Rules.STATE,
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2021, 1, 1),
                                LocalDate.of(2024, 1, 1),
                                false,
                                null),
                        TODAY))
                .isEmpty();
    }

    @Test
    void noDeadlineBeforeNotification() {
        assertThat(LapseClock.next(new LapseClock.Input(Rules.STATE, null, null, null, false, null), TODAY))
                .isEmpty();
    }

    @ParameterizedTest(name = "programme {0}/{1} years, own deadline {2} → {3} on {4}")
    @CsvSource({
        // FEDER-like programme: one year to start
        "1, 3, ,           START, 2026-06-01",
        // the funder's own date comes first when earlier
        "1, 3, 2026-01-15, OWN,   2026-01-15",
        // a programme without durations: only its own date
        ",  ,  2027-05-05, OWN,   2027-05-05",
    })
    void otherProgrammesCarryTheirOwnDeadlines(
            Integer start, Integer completion, LocalDate own, Kind kind, LocalDate date) {
        var d = LapseClock.next(
                        new LapseClock.Input(
                                new Rules(start, completion, null), LocalDate.of(2025, 6, 1), null, null, false, own),
                        TODAY)
                .orElseThrow();
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.date()).isEqualTo(date);
    }

    @Test
    void aProgrammeWithoutDeadlinesHasNone() {
        assertThat(LapseClock.next(
                        new LapseClock.Input(
                                new Rules(null, null, null), LocalDate.of(2025, 6, 1), null, null, false, null),
                        TODAY))
                .isEmpty();
    }
}
