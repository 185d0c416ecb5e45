package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.time.Period;

/** The three ways Japanese administration counts a person's age. */
enum Ages {
    /**
     * 年齢計算ニ関スル法律: an age is reached at the end of the day before the birthday, so on that day.
     * 介護保険 (65歳に達した日), 国民年金 (20歳・60歳) and 印鑑登録 (15歳) count this way.
     */
    LEGAL,
    /** From the birthday itself: 後期高齢者医療 starts on the 75th birthday (and 国保 ends the day before). */
    FROM_BIRTHDAY,
    /**
     * The age on 1 April of the current school year (学年の年齢): 小学1年 = 6 … 中学3年 = 14, 高校3年 = 17.
     * "Until the end of the school year in which the child turns N" (児童手当: 18歳到達後最初の3月31日まで)
     * is a school-year age of at most N − 1; a child born on 1 April belongs to the earlier grade.
     */
    SCHOOL_YEAR;

    int of(LocalDate birthDate, LocalDate on) {
        return switch (this) {
            case LEGAL -> Period.between(birthDate, on.plusDays(1)).getYears();
            case FROM_BIRTHDAY -> Period.between(birthDate, on).getYears();
            case SCHOOL_YEAR -> Period.between(birthDate, schoolYearStart(on)).getYears();
        };
    }

    static LocalDate schoolYearStart(LocalDate on) {
        int year = on.getMonthValue() >= 4 ? on.getYear() : on.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }
}
