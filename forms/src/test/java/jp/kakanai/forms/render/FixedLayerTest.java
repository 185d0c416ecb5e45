package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.definition.FormDefinition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each form's fixed layer (frames, rules, captions) is made once and drawn on every print as it would be drawn anew. */
class FixedLayerTest {
    static Stream<String> formIds() {
        return TestRenderer.shared().forms().stream().map(FormSummary::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void theFixedLayerDoesNotDependOnTheData(String formId) {
        FormRenderer renderer = TestRenderer.shared();

        List<PageSketch.Mark> blank = renderer.sketch(formId, FormDataBuilder.empty().build()).fixed().marks();
        List<PageSketch.Mark> household = renderer.sketch(formId, RealisticVisits.densestFamily()).fixed().marks();

        assertThat(household).isNotEmpty().isEqualTo(blank);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void aPrintWithTheReusedLayerLooksExactlyLikeOneDrawnWhole(String formId) {
        FormData data = TestRenderer.full().put("resident.name", "髙橋 一之進").build(); // no 𠮷: PDFBox would load IPAmj per print
        FormRenderer drawnWhole = FormRenderBenchmark.naive(FontSettings.debianDefaults());
        FormRenderer reusing = TestRenderer.shared();
        reusing.render(formId, RealisticVisits.densestFamily()); // the layer exists from another visit's print

        BufferedImage whole = PdfProbe.image(drawnWhole.render(formId, data).pdf(), 0, 100);
        BufferedImage reused = PdfProbe.image(reusing.render(formId, data).pdf(), 0, 100);

        assertThat(differingPixels(whole, reused)).as("pixels that differ, of %d", whole.getWidth() * whole.getHeight())
                .isLessThan(whole.getWidth() * whole.getHeight() / 2000);
    }

    @Test
    void severalPagesOfOneFormShareOneLayerInThePdf() throws IOException {
        FormData data = TestRenderer.full().build();
        byte[] pdf = TestRenderer.shared().renderPages(List.of(new FormPage("nhi-enroll", data), new FormPage("nhi-enroll", data),
                new FormPage("juminhyo-request", data))).pdf();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDPage> pages = List.of(doc.getPage(0), doc.getPage(1), doc.getPage(2));
            Object first = pages.get(0).getResources().getXObject(COSName.getPDFName("L")).getCOSObject();
            assertThat(pages.get(1).getResources().getXObject(COSName.getPDFName("L")).getCOSObject()).isSameAs(first);
            assertThat(pages.get(2).getResources().getXObject(COSName.getPDFName("L")).getCOSObject()).isNotSameAs(first);
        }
        assertThat(PdfProbe.text(pdf)).contains("国民健康保険", "住民票の写し等交付請求書", "山田 花子");
    }

    @Test
    void formsOfAnotherCatalogGetTheirOwnLayers() {
        FormDefinition form = TestRenderer.shared().definition("juminhyo-request").orElseThrow();
        FixedLayer.Cache cache = new FixedLayer.Cache();

        PageSketch page = TestRenderer.shared().sketch("juminhyo-request", FormDataBuilder.empty().build());
        FixedLayer made = cache.remember(form, page);

        assertThat(cache.of(form)).containsSame(made);
        assertThat(cache.remember(form, page)).isSameAs(made);
    }

    /** Pixels whose grey differs by more than a quarter: anti-aliased edges of the same drawing stay below it. */
    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff)) > 64) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
