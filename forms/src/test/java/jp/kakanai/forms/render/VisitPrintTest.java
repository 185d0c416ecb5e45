package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 一括印刷 of a visit: the resident's cover sheet, then each form with its own data and QR code. */
class VisitPrintTest {
    private final FormRenderer renderer = TestRenderer.shared();

    private static CoverSheet cover(String name, List<CoverSheet.Stop> stops) {
        return new CoverSheet("転入のお手続き", "A-012", name, LocalDate.of(2026, 11, 22), stops);
    }

    private static List<CoverSheet.Stop> twoStops() {
        return List.of(
                new CoverSheet.Stop("市民課", List.of("転入届", "印鑑登録"), List.of("本人確認書類", "転出証明書")),
                new CoverSheet.Stop("こども課", List.of("児童手当"), List.of("請求者名義の預金通帳")));
    }

    @Test
    void coverSheetComesFirstWithTicketNameAndDepartmentsInOrder() {
        RenderedForm print = renderer.renderVisit(cover("山田 太郎", twoStops()),
                List.of(new FormPage("resident-change", TestRenderer.full().build())));

        assertThat(PdfProbe.pages(print.pdf())).isEqualTo(2);
        String cover = PdfProbe.text(print.pdf()).split("住民異動届")[0];
        assertThat(cover).contains("本日のお手続きのご案内", "受付番号", "A-012", "山田 太郎 様", "転入のお手続き",
                "令和8年11月22日", "本人確認書類、転出証明書", "請求者名義の預金通帳");
        assertThat(cover.indexOf("市民課")).isLessThan(cover.indexOf("こども課"));
        assertThat(print.placeholders()).isEmpty();
    }

    @Test
    void eachFormPageCarriesItsOwnDataInTextAndQrCode() {
        FormData everyone = TestRenderer.sample()
                .put("household[0].name", "山田 太郎").put("household[1].name", "山田 一郎").build();
        FormData childOnly = TestRenderer.sample().put("household[0].name", "山田 一郎").build();

        byte[] pdf = renderer.renderVisit(cover("山田 太郎", twoStops()), List.of(
                new FormPage("resident-change", everyone), new FormPage("child-allowance", childOnly))).pdf();

        assertThat(PdfProbe.pages(pdf)).isEqualTo(3);
        var changeQr = QrScanner.read(PdfProbe.image(pdf, 1, 300), renderer.definition("resident-change").orElseThrow(), 300);
        var childQr = QrScanner.read(PdfProbe.image(pdf, 2, 300), renderer.definition("child-allowance").orElseThrow(), 300);
        assertThat(changeQr.formId()).isEqualTo("resident-change");
        assertThat(changeQr.data().get("household")).isEqualTo(List.of(Map.of("name", "山田 太郎"), Map.of("name", "山田 一郎")));
        assertThat(childQr.formId()).isEqualTo("child-allowance");
        assertThat(childQr.data().get("household")).isEqualTo(List.of(Map.of("name", "山田 一郎")));
    }

    @Test
    void manyDepartmentsWithLongDocumentListsStayOnTheCover() {
        List<CoverSheet.Stop> stops = List.of("市民課", "保険年金課", "介護保険課", "こども課", "学務課", "環境衛生課", "税務課")
                .stream().map(d -> new CoverSheet.Stop(d, List.of("届出その一", "届出その二", "届出その三"),
                        List.of("本人確認書類（マイナンバーカード、運転免許証、パスポートなど）", "転出証明書", "年金手帳または基礎年金番号通知書",
                                "請求者名義の預金通帳またはキャッシュカード")))
                .toList();

        RenderedForm print = renderer.renderVisit(cover("山田 太郎", stops), List.of());

        assertThat(PdfProbe.pages(print.pdf())).isEqualTo(1);
        assertThat(PdfProbe.text(print.pdf()).replaceAll("\\s", "")).contains("税務課", "請求者名義の預金通帳またはキャッシュカード");
    }

    @Test
    void aNameNoFontHasIsReportedFromTheCoverToo() {
        RenderedForm print = renderer.renderVisit(cover("山田 \uD83C\uDF38子", twoStops()), List.of());

        assertThat(PdfProbe.text(print.pdf())).contains("山田 〓子 様");
        assertThat(print.placeholders()).containsExactly(new Placeholder("cover.residentName", 0x1F338));
    }
}
