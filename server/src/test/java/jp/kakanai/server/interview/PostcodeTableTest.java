package jp.kakanai.server.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PostcodeTableTest {
    private final PostcodeTable table = PostcodeTable.standard();

    @ParameterizedTest
    @CsvSource({
            "100-0013, 東京都", "060-0001, 北海道", "040-0001, 北海道", "030-0801, 青森県", "010-0001, 秋田県",
            "980-0811, 宮城県", "231-0023, 神奈川県", "252-0161, 神奈川県", "415-0021, 静岡県", "330-0063, 埼玉県", "460-0001, 愛知県",
            "530-0001, 大阪府", "600-8216, 京都府", "650-0001, 兵庫県", "730-0011, 広島県", "810-0001, 福岡県",
            "900-0001, 沖縄県", "920-0001, 石川県", "950-0001, 新潟県", "990-0001, 山形県", "685-0001, 島根県",
    })
    void firstThreeDigitsNameThePrefecture(String postcode, String prefecture) {
        assertThat(table.prefecturesOf(postcode)).containsExactly(prefecture);
    }

    @Test
    void areasAcrossAPrefecturalBorderAcceptBoth() {
        assertThat(table.prefecturesOf("4980801")).isEqualTo(Set.of("愛知県", "三重県"));
        assertThat(table.prefecturesOf("618-0001")).isEqualTo(Set.of("京都府", "大阪府"));
        assertThat(table.prefecturesOf("871-0801")).isEqualTo(Set.of("大分県", "福岡県"));
    }

    @Test
    void aPrefixWithoutAnyPostcodeHasNoPrefecture() {
        // The table written from memory before issue 13 gave 199 to 神奈川県; KEN_ALL has no postcode 199-xxxx.
        assertThat(table.prefecturesOf("199-0101")).isEmpty();
        assertThat(table.prefecturesOf("000-0000")).isEmpty();
    }

    @Test
    void everyPrefectureHasPostcodes() {
        var covered = new java.util.HashSet<String>();
        for (int prefix = 1; prefix <= 999; prefix++) {
            covered.addAll(table.prefecturesOf(String.format("%03d0000", prefix)));
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Prefectures.ALL);
    }

    @Test
    void aBrokenTableNamesEachBadLineAndTheFirstGap() {
        String text = "# comment\n001-500,東京都\n501-998,東京\nxyz\n";

        assertThatThrownBy(() -> PostcodeTable.parse("towns.csv", text))
                .hasMessageContaining("towns.csv:3: '東京' is not a prefecture")
                .hasMessageContaining("towns.csv:4: expected 'from-to,prefecture'")
                .hasMessageContaining("towns.csv: no postcodes for 北海道");
    }
}
