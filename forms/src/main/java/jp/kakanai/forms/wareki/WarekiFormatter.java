package jp.kakanai.forms.wareki;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * 和暦 (Japanese era) dates as forms print them: 昭和64年1月7日, 平成元年1月8日, 令和8年11月22日.
 * The first year of an era is 元年, which {@code GGGGy} alone never prints (spec §3).
 */
public final class WarekiFormatter {

    // A text map for every year, not just {1: 元}: with a partial map, formatting falls back to digits but
    // parsing does not (「昭和64年」 would not parse).
    private static final Map<Long, String> YEARS_OF_ERA = LongStream.rangeClosed(1, 99).boxed()
            .collect(Collectors.toUnmodifiableMap(y -> y, y -> y == 1 ? "元" : Long.toString(y)));

    private static final DateTimeFormatter WAREKI = new DateTimeFormatterBuilder()
            .appendText(ChronoField.ERA, TextStyle.FULL)
            .appendText(ChronoField.YEAR_OF_ERA, YEARS_OF_ERA)
            .appendLiteral('年')
            .appendValue(ChronoField.MONTH_OF_YEAR)
            .appendLiteral('月')
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral('日')
            .toFormatter(Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private WarekiFormatter() {
    }

    /** E.g. 1989-01-08 → 平成元年1月8日. Dates before 明治6年 (1873) are not 和暦 dates the calendar knows. */
    public static String format(LocalDate date) {
        return WAREKI.format(JapaneseDate.from(date));
    }

    /** Parses what {@link #format} prints, including 元年, back into a date. */
    public static LocalDate parse(String wareki) {
        return LocalDate.from(JapaneseDate.from(WAREKI.parse(wareki)));
    }

    /** The era name alone, e.g. 平成, for forms with a 明・大・昭・平・令 choice. */
    public static String era(LocalDate date) {
        return JapaneseDate.from(date).getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
    }
}
