package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.wareki.WarekiFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form of the catalog, with a full sample and with edge cases, read back from the PDF. */
class EveryFormTest {
    private static final FormRenderer renderer = TestRenderer.shared();
    static final List<String> SHARED_IDS = List.of("juminhyo-request", "resident-change", "seal-registration", "nhi-enroll",
            "nhi-withdraw", "national-pension", "late-elderly-medical", "long-term-care", "child-allowance",
            "child-medical-subsidy", "funeral-expenses", "dog-registration-change");

    static Stream<String> formIds() {
        return renderer.forms().stream().map(FormSummary::id);
    }

    @Test
    void catalogHasEveryFormOfTheOneStopCounter() {
        assertThat(renderer.forms()).extracting(FormSummary::id).containsAll(SHARED_IDS);
        assertThat(renderer.forms()).allSatisfy(f -> assertThat(f.title()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void fullSampleReadsBackWithEmbeddedSubsetFonts(String formId) {
        RenderedForm form = renderer.render(formId, TestRenderer.full().build());

        String text = PdfProbe.text(form.pdf());
        String title = renderer.forms().stream().filter(f -> f.id().equals(formId)).findFirst().orElseThrow().title();
        assertThat(text).contains(title, "山田 太郎", "令和8年11月22日");
        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.fonts(form.pdf())).isNotEmpty().allMatch(f -> f.embedded() && f.isSubset(), "embedded subset");
        assertThat(form.pdf().length).as("PDF bytes").isLessThanOrEqualTo(60 * 1024);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void fieldsShowTheirValuesIn和暦AndTables(String formId) {
        FormDefinition definition = renderer.definition(formId).orElseThrow();
        String text = PdfProbe.text(renderer.render(formId, TestRenderer.full().build()).pdf());
        // The form's own derived dates (資格喪失日) print too, worked out from the data.
        FormData full = DerivedDates.addTo(definition, TestRenderer.full().build());

        definition.elements().forEach(e -> e.source().ifPresent(source -> {
            switch (e.kind()) {
                case DATE -> full.lookup(source).ifPresent(iso ->
                        assertThat(text).contains(WarekiFormatter.format(java.time.LocalDate.parse(iso.toString()))));
                case TABLE -> assertThat(text).contains("山田 花子", "平成2年5月1日", "令和元年5月1日");
                default -> { }
            }
        }));
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void emptyDataGivesTheBlankPaperForm(String formId) {
        RenderedForm form = renderer.render(formId, FormDataBuilder.empty().build());

        assertThat(PdfProbe.text(form.pdf())).contains(renderer.definition(formId).orElseThrow().title()).doesNotContain("山田");
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void qrCodeOnThePageImageDecodesToThePrintedData(String formId) {
        // What the page prints: the data and the form's derived dates.
        FormData data = DerivedDates.addTo(renderer.definition(formId).orElseThrow(), TestRenderer.full().build());
        byte[] pdf = renderer.render(formId, data).pdf();

        BackOfficeData decoded = QrScanner.read(PdfProbe.image(pdf, 0, 300), renderer.definition(formId).orElseThrow(), 300);

        assertThat(decoded.version()).isEqualTo(BackOfficeData.VERSION);
        assertThat(decoded.formId()).isEqualTo(formId);
        assertThat(decoded.data()).doesNotContainKey("myNumber");
        assertThat(leaves("", decoded.data())).isNotEmpty().allSatisfy((path, value) ->
                assertThat(data.lookup(path)).as(path).hasValue(value));
        assertThat(decoded.toJson()).doesNotContain("123456789018");
        assertThat(leaves("", decoded.data())).containsEntry("visit.id", "v-2026-0001");
        assertThat(decoded).isEqualTo(BackOfficeData.fromCodes(renderer.sketch(formId, data).qrCodes().stream()
                .map(PageSketch.QrCode::text).toList()).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void qrCodeOfABlankFormDecodesToNoData(String formId) {
        byte[] pdf = renderer.render(formId, FormDataBuilder.empty().build()).pdf();

        BackOfficeData decoded = QrScanner.read(PdfProbe.image(pdf, 0, 300), renderer.definition(formId).orElseThrow(), 300);

        assertThat(decoded).isEqualTo(new BackOfficeData(BackOfficeData.VERSION, formId, Map.of()));
    }

    @Test
    void juminhyoQrCarriesExactlyWhatTheFormShows() {
        byte[] pdf = renderer.render("juminhyo-request", TestRenderer.sample().build()).pdf();

        BackOfficeData decoded = QrScanner.read(PdfProbe.image(pdf, 0, 300), renderer.definition("juminhyo-request").orElseThrow(), 300);

        assertThat(decoded.data()).isEqualTo(Map.of(
                "visit", Map.of("ticketNumber", "A-012", "date", "2026-11-22", "id", "v-2026-0001"),
                "resident", Map.of("address", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室", "kana", "ヤマダ タロウ",
                        "name", "山田 太郎", "birthDate", "1989-01-07", "phone", "03-1234-5678")));
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void rareAndMissingCharactersAreDrawnOrReported(String formId) {
        var data = TestRenderer.full().put("resident.name", "𠮷野 髙子").put("household[1].name", "山田 \uD83C\uDF38子")
                .put("deceased.name", "𠮷野 正男").build();

        RenderedForm form = renderer.render(formId, data);

        String text = PdfProbe.text(form.pdf());
        assertThat(text).contains("𠮷野 髙子").doesNotContain("\uFFFD");
        boolean showsHousehold = renderer.definition(formId).orElseThrow().elements().stream()
                .anyMatch(e -> e.source().filter("household"::equals).isPresent());
        if (showsHousehold) {
            assertThat(text).contains("山田 〓子");
            assertThat(form.placeholders()).containsExactly(new Placeholder("household[1].name", 0x1F338));
        } else {
            assertThat(form.placeholders()).isEmpty();
        }
    }

    @Test
    void allFormsOfAVisitInOnePdfEachPageWithItsOwnQrCode() {
        List<String> ids = List.of("resident-change", "nhi-enroll", "juminhyo-request");

        byte[] pdf = renderer.renderAll(ids, TestRenderer.full().build()).pdf();

        assertThat(PdfProbe.pages(pdf)).isEqualTo(3);
        for (int page = 0; page < ids.size(); page++) {
            BackOfficeData decoded = QrScanner.read(PdfProbe.image(pdf, page, 300), renderer.definition(ids.get(page)).orElseThrow(), 300);
            assertThat(decoded.formId()).isEqualTo(ids.get(page));
        }
        assertThat(PdfProbe.fonts(pdf)).allMatch(f -> f.embedded() && f.isSubset());
    }

    @Test
    void longNamesAndAddressesShrinkButStayWhole() {
        String address = "北海道札幌市中央区北一条西二丁目一番地 札幌市役所本庁舎前 かかないタワーレジデンス北棟二十三階二三〇四号室（管理人室経由）";
        String name = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末";
        var data = TestRenderer.full().put("resident.name", name).put("resident.address", address).build();

        String text = PdfProbe.text(renderer.render("juminhyo-request", data).pdf()).replaceAll("\\s", "");

        assertThat(text).contains(name, address.replaceAll("\\s", ""));
    }

    @Test
    void moreHouseholdMembersThanRowsGoOnOverContinuationSheetsInTheSameLayout() {
        var data = TestRenderer.full();
        for (int i = 3; i < 9; i++) {
            data.put("household[" + i + "].name", "山田 子" + i).put("household[" + i + "].birthDate", "2020-01-0" + i);
        }

        byte[] pdf = renderer.render("resident-change", data.build()).pdf();

        assertThat(PdfProbe.pages(pdf)).isEqualTo(3);
        assertThat(PdfProbe.text(pdf, 0)).contains("住民異動届", "山田 一郎", "ほか 6 名は別紙に記載").doesNotContain("山田 子3");
        assertThat(PdfProbe.text(pdf, 1)).contains("住民異動届（別紙1）", "この別紙は「住民異動届」（受付番号 A-012）の続きです。",
                "異動する方", "山田 子3", "山田 子4", "山田 子5", "ほか 3 名は別紙に記載").doesNotContain("山田 子6", "山田 一郎");
        assertThat(PdfProbe.text(pdf, 2)).contains("住民異動届（別紙2）", "山田 子6", "山田 子7", "山田 子8")
                .doesNotContain("ほか", "届出人署名");
    }

    static Map<String, Object> leaves(String prefix, Object node) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.putAll(leaves(prefix.isEmpty() ? k.toString() : prefix + "." + k, v)));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                out.putAll(leaves(prefix + "[" + i + "]", list.get(i)));
            }
        } else {
            out.put(prefix, node);
        }
        return out;
    }
}
