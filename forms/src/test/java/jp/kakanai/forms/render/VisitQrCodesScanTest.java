package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Back-office codes of different visits scan from the page image at 300 dpi, once each, not just the one sample
 * of the other tests: these tickets' 国民年金 codes did not scan while the QR mask pattern was fixed to 0, and the
 * densest household the counter prints (seven people, long names and addresses, 外字) needs several codes.
 */
class VisitQrCodesScanTest {
    private final FormRenderer renderer = TestRenderer.shared();

    @ParameterizedTest
    @ValueSource(ints = {5, 19, 22, 25, 27})
    void theCodeOfEachVisitScans(int ticket) {
        FormData data = FormDataBuilder.forResident(new BasicFourInfo("山田 太郎",
                        "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室", LocalDate.of(1988, 4, 10), Sex.MALE))
                .visit(String.format("0b6f3c1e-8a7d-4a8e-9f2a-5d3c2b1a0f%02d", ticket), LocalDate.of(2026, 11, 30),
                        String.format("A-%03d", ticket), "move-in")
                .put("resident.kana", "ヤマダ タロウ").put("resident.phone", "03-1234-5678")
                .put("answers.requester", "self").put("answers.spouse-name", "山田 花子").put("householder.name", "山田 太郎")
                .put("move.date", "2026-11-23").put("move.previousAddress", "大阪府大阪市北区中之島一丁目3番20号")
                .put("move.newAddress", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室").build();
        byte[] pdf = renderer.render("national-pension", data).pdf();

        BackOfficeData scanned = QrScanner.read(PdfProbe.image(pdf, 0, 300), renderer.definition("national-pension").orElseThrow(), 300);

        assertThat(scanned.data()).extracting("visit").extracting("ticketNumber").isEqualTo(String.format("A-%03d", ticket));
    }

    static Stream<String> formIds() {
        return TestRenderer.shared().forms().stream().map(FormSummary::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void theDensestHouseholdScansWholeFromItsCodes(String formId) {
        // What the page prints: the data and the form's derived dates (資格喪失日).
        FormData data = DerivedDates.addTo(renderer.definition(formId).orElseThrow(), RealisticVisits.densestFamily());
        byte[] pdf = renderer.render(formId, data).pdf();

        BackOfficeData scanned = QrScanner.read(PdfProbe.image(pdf, 0, 300), renderer.definition(formId).orElseThrow(), 300);

        List<PageSketch.QrCode> printed = renderer.sketch(formId, data).qrCodes();
        assertThat(scanned).isEqualTo(BackOfficeData.fromCodes(printed.stream().map(PageSketch.QrCode::text).toList()).orElseThrow());
        assertThat(EveryFormTest.leaves("", scanned.data())).isNotEmpty().allSatisfy((path, value) ->
                assertThat(data.lookup(path)).as(path).hasValue(value));
        if (scanned.data().get("household") instanceof List<?> household) {
            List<Object> names = household.stream().map(row -> ((Map<?, ?>) row).get("name")).map(Object.class::cast).toList();
            assertThat(names).hasSize(7).contains("𠮷髙 一之進", "髙橋 ツル");
        }
        assertThat(printed).allSatisfy(code -> assertThat(code.box().w() / code.modules().getWidth())
                .as("module mm").isGreaterThanOrEqualTo(0.33));
    }
}
