package jp.kakanai.server.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
            "昭和64年1月7日, 1989-01-07",
            "平成元年1月8日, 1989-01-08",
            "平成1年1月8日, 1989-01-08",
            "S64.1.7, 1989-01-07",
            "s64/1/7, 1989-01-07",
            "Ｈ２．５．１, 1990-05-01",
            "令和元年5月1日, 2019-05-01",
            "R1-5-1, 2019-05-01",
            "令 8 年 4 月 1 日, 2026-04-01",
            "明治6年1月1日, 1873-01-01",
            "大正15年12月24日, 1926-12-24",
            "1989-01-07, 1989-01-07",
            "1989/1/7, 1989-01-07",
            "１９８９年１月７日, 1989-01-07",
            "19890107, 1989-01-07",
    })
    void warekiAndSeirekiAsClerksTypeThem(String typed, LocalDate expected) {
        assertThat(BirthDateText.birthDate(typed, TODAY, "生年月日")).isEqualTo(new BirthDateText.Date(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"昭和64年1月8日", "平成32年1月1日", "平成31年5月1日", "大正16年1月1日", "令和元年4月30日",
            "2023-02-30", "2024年13月1日", "H1.2.30"})
    void datesThatDoNotExistAreRefused(String typed) {
        assertThat(BirthDateText.birthDate(typed, TODAY, "生年月日")).isInstanceOfSatisfying(BirthDateText.NotADate.class,
                e -> assertThat(e.message()).contains("「" + typed + "」という日付はありません"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23, 生年月日が今日より後の日付になっています。",
            "明治5年12月31日, 「明治5年12月31日」という日付はありません（明治の期間外か、その月にない日です）。",
            "1872-12-31, 明治6年（1873年）1月1日より前の日付は扱えません。",
            "'', 生年月日を入力してください。",
            "きのう, 生年月日は「昭和64年1月7日」「S64.1.7」「1989-01-07」のように入力してください。",
    })
    void futurePreMeijiEmptyAndNonsenseEachGetTheirSentence(String typed, String message) {
        assertThat(BirthDateText.birthDate(typed, TODAY, "生年月日")).isEqualTo(new BirthDateText.NotADate(message));
    }
}
