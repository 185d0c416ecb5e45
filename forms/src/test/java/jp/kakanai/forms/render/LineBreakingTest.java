package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.kakanai.forms.definition.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese line breaking in multi-line boxes (JIS X 4051 basics, issue 16): where a line may break, and golden
 * layouts of long addresses, each checked by eye against the rules when it was written down.
 */
class LineBreakingTest {
    private static final TextShaper SHAPER = new TextShaper(new FontLibrary(FontSettings.debianDefaults()));
    private static final String SAPPORO = "北海道札幌市中央区北一条西二丁目一番地 かかないタワーレジデンス北棟二十三階二三〇四号室（管理人室経由）";
    private static final String SHARE_HOUSE = "東京都千代田区霞が関一丁目2番3号 かかないハイツ南棟２０３号室（シェアハウス「ニュー・ユートピア」内）";
    private static final String YOKOHAMA = "神奈川県横浜市港北区新横浜三丁目17番地6 ミュージアムプレイス・ショッピングモール・ジュエリーショップ「ユーリー」";
    private static final String NAKANOSHIMA = "大阪府大阪市北区中之島1-3-20 Grand Tower Nakanoshima Residence Building No.2 Room 1503";
    private static final java.util.Map<String, String> ADDRESSES = java.util.Map.of("sapporo", SAPPORO, "share house", SHARE_HOUSE,
            "yokohama", YOKOHAMA, "nakanoshima", NAKANOSHIMA);

    private static List<Glyph> glyphs(String text) {
        return SHAPER.shape("test", text, Face.GOTHIC, new ArrayList<>());
    }

    /** The text cut at every place a line may break, with | between the pieces. */
    private static String pieces(String text) {
        List<Glyph> glyphs = glyphs(text);
        boolean[] breaks = LineBreaks.opportunities(glyphs);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            out.append(i > 0 && breaks[i] ? "|" : "").append(glyphs.get(i).text());
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "small kana, ー and ・ never start a line;                 ビュー・ハイツ;     ビュー・|ハ|イ|ツ",
            "closing brackets and 、。 never start a line;            「内」、。;         「内」、。",
            "opening brackets never end a line;                       あ（い）う;         あ|（い）|う",
            "digit runs stay whole, full width too;                   南棟２０３号室;     南|棟|２０３号室",
            "a number with its separators stays whole;                1,234.5円;          1,234.5|円",
            "丁目-番-号 stays whole;                                  霞が関一丁目2番3号;  霞|が|関|一丁目2番3号",
            "hyphenated address numbers stay whole;                   中之島1-3-20;       中|之|島|1-3-20",
            "番地 with a branch number stays whole;                   新横浜三丁目17番地6; 新|横|浜|三丁目17番地6",
            "Latin words break only at spaces;                        Grand Tower No.2;   Grand |Tower |No.2",
            "a space is a break;                                      かかない ハイツ;     か|か|な|い |ハ|イ|ツ"})
    void breaksFollowJisX4051(String rule, String text, String expected) {
        assertThat(pieces(text)).as(rule).isEqualTo(expected);
    }

    /**
     * Sapporo: 丁目 and 番地 numbers and 二三〇四号室 whole. Share house: ２０３号室 and the brackets 「」（） with their words.
     * Yokohama: no line starts with ー or ・ of the katakana building name. Nakanoshima: 1-3-20 whole, Latin words too.
     */
    @ParameterizedTest(name = "{0} in {1} mm")
    @CsvSource(delimiter = ';', value = {
            "sapporo;     162.6; 11.0;  北海道札幌市中央区北一条西二丁目一番地 かかないタワーレジデンス北棟二十三階|二三〇四号室（管理人室経由）",
            "sapporo;     100;   10.79; 北海道札幌市中央区北一条西二丁目一番地 かかないタワー|レジデンス北棟二十三階二三〇四号室（管理人室経由）",
            "sapporo;     60;    8.95;  北海道札幌市中央区北一条西二丁目一番地|かかないタワーレジデンス北棟二十三階|二三〇四号室（管理人室経由）",
            "share house; 100;   11.0;  東京都千代田区霞が関一丁目2番3号 かかないハイツ南棟|２０３号室（シェアハウス「ニュー・ユートピア」内）",
            "share house; 60;    9.32;  東京都千代田区霞が関一丁目2番3号 か|かないハイツ南棟２０３号室（シェアハ|ウス「ニュー・ユートピア」内）",
            "yokohama;    100;   10.06; 神奈川県横浜市港北区新横浜三丁目17番地6 ミュージアムプレ|イス・ショッピングモール・ジュエリーショップ「ユーリー」",
            "yokohama;    60;    8.55;  神奈川県横浜市港北区新横浜三丁目17番地6|ミュージアムプレイス・ショッピングモー|ル・ジュエリーショップ「ユーリー」",
            "nakanoshima; 60;    9.32;  大阪府大阪市北区中之島1-3-20 Grand|Tower Nakanoshima Residence|Building No.2 Room 1503"})
    void longAddressesInBoxesOfThisWidth(String address, double width, float size, String lines) {
        assertLayout(ADDRESSES.get(address), width, size, lines);
    }

    @Test
    void textThatFitsOneLineAtFullSizeStaysOnOneLine() {
        assertLayout("東京都千代田区霞が関一丁目2番3号", 162.6, 11f, "東京都千代田区霞が関一丁目2番3号");
    }

    @Test
    void theLargestSizeIsChosenWhereTheRulesLeaveNoGoodBreak() {
        // a digit run cannot break: the whole number must fit a line, so the type shrinks instead
        TextFitter.Fitted fitted = TextFitter.fit(glyphs("123456789012345678901234567890"), new Box(0, 0, 30, 12), 11,
                TextFitter.Align.LEFT, true).orElseThrow();
        assertThat(fitted.lines()).hasSize(1);
        assertThat(fitted.size()).isLessThan(6);
    }

    @Test
    void longAddressOnTheResidentChangeFormReadsBackInTheseLines() {
        FormData data = TestRenderer.full().put("move.newAddress", SAPPORO).build();

        List<String> lines = PdfProbe.text(TestRenderer.shared().render("resident-change", data).pdf()).lines().toList();

        assertThat(lines).containsSubsequence("北海道札幌市中央区北一条西二丁目一番地 かかないタワーレジデンス北棟二十三階", "二三〇四号室（管理人室経由）");
    }

    /** The address in the value box of a form's 住所 (190 mm less the 25-mm label and padding), 11.8 mm high. */
    private static void assertLayout(String text, double width, float size, String lines) {
        TextFitter.Fitted fitted = TextFitter.fit(glyphs(text), new Box(0, 0, width, 11.8), 11, TextFitter.Align.LEFT, true).orElseThrow();
        List<String> shown = fitted.lines().stream().map(l -> {
            StringBuilder line = new StringBuilder();
            l.glyphs().forEach(g -> line.append(g.text()));
            return line.toString();
        }).toList();
        assertThat(String.join("|", shown)).isEqualTo(lines);
        assertThat(fitted.size()).isEqualTo(size);
    }
}
