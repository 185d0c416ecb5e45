package jp.kakanai.server.document;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The whole path over real HTTP: a kiosk checks in, staff fetch the prefilled PDF and read it back. */
class FormPdfOverHttpTest extends ServerHttpTest {

    @Test
    void staffGetTheJuminhyoRequestPrefilledWithNameAddressAndWarekiBirthDate() throws IOException {
        // A birth: no move, so the address the resident gave is where they live.
        String visitId = checkIn(new CheckIn(CheckInFixture.resident(), "birth", List.of("juminhyo-request")));

        var response = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/juminhyo-request.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("住民票の写し等交付請求書", "書可 内子", "平成元年1月8日");
            assertThat(text.replaceAll("\\s", "")).contains("東京都千代田区霞が関二丁目1番2号");
            assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).as("subset font name").matches("[A-Z]{6}\\+.+");
                assertThat(isEmbedded(font)).as(font.getName() + " embedded").isTrue();
            });
        }
    }

    @Test
    void aCharacterOnlyTheFurtherFontHasIsPrintedWithIt() throws IOException {
        // 김 민준: Hangul, in neither IPAex nor IPAmj Mincho; kakanai.fonts.further-fonts names NanumGothic here.
        var resident = new BasicFourInfo("김 민준", "東京都千代田区霞が関二丁目1番2号", LocalDate.of(1990, 5, 5), Sex.MALE);
        String visitId = checkIn(new CheckIn(resident, "birth", List.of("juminhyo-request")));

        var response = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/juminhyo-request.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("김 민준").doesNotContain("〓");
            assertThat(fontsOf(pdf)).extracting(PDFont::getName).anyMatch(name -> name.endsWith("+NanumGothic"));
        }
    }

    @Test
    void aFurtherFontThatIsNoTrueTypeStopsTheStartUpNamingTheProperty() {
        var fonts = new FontProperties(null, null, null, List.of(Path.of("/usr/share/unicode/Blocks.txt")));
        assertThatThrownBy(() -> new FormRendering().formRenderer(fonts, TownPack.sample()))
                .hasMessageContaining("/usr/share/unicode/Blocks.txt").hasMessageContaining("kakanai.fonts.further-fonts");
    }

    @Test
    void theVisitListsItsPrintableForms() {
        String visitId = checkIn(CheckInFixture.moveIn());
        var visit = json(http().asClerk().get("/api/visits/" + visitId));
        assertThat(visit.get("forms")).extracting(n -> n.asText()).contains("juminhyo-request")
                .doesNotContain("no-such-form");
    }

    @Test
    void allFormsOfAVisitComeAsOnePdf() throws IOException {
        String visitId = checkIn(CheckInFixture.moveIn());
        var response = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void unknownFormIsNotFoundAsJsonNamingTheForm() {
        String visitId = checkIn(CheckInFixture.moveIn());
        var response = http().asClerk().get("/api/visits/" + visitId + "/forms/no-such-form.pdf");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(response).get("error").asText()).contains("no-such-form");
        assertThat(json(response).get("field").asText()).isEqualTo("formId");
    }

    @Test
    void kioskCannotFetchTheFormsItCheckedIn() {
        String visitId = checkIn(CheckInFixture.moveIn());
        assertThat(http().asKiosk().getBytes("/api/visits/" + visitId + "/forms/juminhyo-request.pdf").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anonymousCannotFetchAForm() {
        String visitId = checkIn(CheckInFixture.moveIn());
        assertThat(http().getBytes("/api/visits/" + visitId + "/forms/juminhyo-request.pdf").statusCode())
                .isEqualTo(401);
    }

    private String checkIn(CheckIn checkIn) {
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("visitId").asText();
    }

    private static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static boolean isEmbedded(PDFont font) {
        var descriptor = font instanceof PDType0Font type0
                ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontFile2() != null || descriptor.getFontFile3() != null
                || descriptor.getFontFile() != null);
    }
}
