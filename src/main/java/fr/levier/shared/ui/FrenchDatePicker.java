package fr.levier.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker that shows and parses dates day-first ({@code 25/11/2026}), weeks starting on
 * Monday, with month and day names in the user's language (from the JDK, not literals).
 */
public class FrenchDatePicker extends DatePicker {

    /** @param label the field label */
    public FrenchDatePicker(String label) {
        super(label);
        Locale locale = getLocale() == null ? Locale.FRENCH : getLocale();
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdaysShort(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("action.cancel"));
        setI18n(i18n);
    }
}
