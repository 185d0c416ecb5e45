package jp.kakanai.server.interview;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * A date as a clerk types it: 和暦 the way residents say it (昭和64年1月7日, 平成元年1月8日, S64.1.7, h1/1/8,
 * 令1-5-1, full-width digits too) or 西暦 (1989-01-07, 1989/1/7, 1989年1月7日, 19890107). Only real dates pass:
 * 2023年2月30日 does not exist, and neither does 昭和64年1月8日 (Shōwa ended on 7 January 1989).
 */
final class BirthDateText {
    /** 和暦 needs a date from Meiji 6 on, when Japan adopted the Gregorian calendar. */
    static final LocalDate EARLIEST = LocalDate.of(1873, 1, 1);
    static final String EXAMPLE = "「昭和64年1月7日」「S64.1.7」「1989-01-07」のように入力してください。";
    private static final Map<String, JapaneseEra> ERAS = Map.ofEntries(
            Map.entry("明治", JapaneseEra.MEIJI), Map.entry("明", JapaneseEra.MEIJI), Map.entry("m", JapaneseEra.MEIJI),
            Map.entry("大正", JapaneseEra.TAISHO), Map.entry("大", JapaneseEra.TAISHO), Map.entry("t", JapaneseEra.TAISHO),
            Map.entry("昭和", JapaneseEra.SHOWA), Map.entry("昭", JapaneseEra.SHOWA), Map.entry("s", JapaneseEra.SHOWA),
            Map.entry("平成", JapaneseEra.HEISEI), Map.entry("平", JapaneseEra.HEISEI), Map.entry("h", JapaneseEra.HEISEI),
            Map.entry("令和", JapaneseEra.REIWA), Map.entry("令", JapaneseEra.REIWA), Map.entry("r", JapaneseEra.REIWA));
    private static final String SEPARATOR = "[./\\-年月]";
    private static final Pattern WAREKI = Pattern.compile(
            "(明治|大正|昭和|平成|令和|明|大|昭|平|令|[mtshr])(元|\\d{1,2})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})日?");
    private static final Pattern SEIREKI = Pattern.compile("(\\d{4})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** The date, or why the text is none. */
    sealed interface Result permits Date, NotADate {
    }

    record Date(LocalDate date) implements Result {
    }

    record NotADate(String message) implements Result {
    }

    private BirthDateText() {
    }

    /** A date of birth: real, not in the future, not before 1873. */
    static Result birthDate(String typed, LocalDate today, String what) {
        Result result = parse(typed, what);
        if (result instanceof Date d && d.date().isAfter(today)) {
            return new NotADate(what + "が今日より後の日付になっています。");
        }
        if (result instanceof Date d && d.date().isBefore(EARLIEST)) {
            return new NotADate("明治6年（1873年）1月1日より前の日付は扱えません。");
        }
        return result;
    }

    static Result parse(String typed, String what) {
        // NFKC turns full-width digits and letters (１９８９, Ｓ) into ASCII; spaces carry no meaning in a date.
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new NotADate(what + "を入力してください。");
        }
        try {
            Matcher m = WAREKI.matcher(text);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1));
                int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                try {
                    return new Date(LocalDate.from(JapaneseDate.of(era, year, Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)))));
                } catch (DateTimeException e) {
                    String name = era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
                    return new NotADate("「" + typed.strip() + "」という日付はありません（" + name + "の期間外か、その月にない日です）。");
                }
            }
            m = SEIREKI.matcher(text);
            if (!m.matches()) {
                m = COMPACT.matcher(text);
            }
            if (m.matches()) {
                return new Date(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return new NotADate("「" + typed.strip() + "」という日付はありません。");
        }
        return new NotADate(what + "は" + EXAMPLE);
    }

    /** How the forms print it: 昭和64年1月7日. */
    static String wareki(LocalDate date) {
        return WarekiFormatter.format(date);
    }
}
