package jp.kakanai.forms.wareki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiFormatterTest {

    @ParameterizedTest
    @CsvSource({
            "1989-01-07, 昭和64年1月7日",
            "1989-01-08, 平成元年1月8日",
            "2019-04-30, 平成31年4月30日",
            "2019-05-01, 令和元年5月1日",
            "2020-01-01, 令和2年1月1日",
            "2026-11-22, 令和8年11月22日",
            "1926-12-25, 昭和元年12月25日",
            "1926-12-24, 大正15年12月24日",
            "1912-07-30, 大正元年7月30日",
    })
    void eraBoundariesAndGannen(LocalDate date, String wareki) {
        assertThat(WarekiFormatter.format(date)).isEqualTo(wareki);
        assertThat(WarekiFormatter.parse(wareki)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({"1989-01-07, 昭和", "1989-01-08, 平成", "2019-05-01, 令和"})
    void eraName(LocalDate date, String era) {
        assertThat(WarekiFormatter.era(date)).isEqualTo(era);
    }
}
