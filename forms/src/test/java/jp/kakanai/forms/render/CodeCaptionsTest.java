package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormDefinitionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: the back-office codes' captions read 1/N … N/N in reading order, top left first, and say which part each code is. */
class CodeCaptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FormRenderer renderer = TestRenderer.shared();

    @Test
    void fourCodesReadOneToFourFromTopLeftToBottomRight() throws Exception {
        PageSketch page = renderer.sketch("resident-change", RealisticVisits.densestFamily());

        List<PageSketch.QrCode> codes = page.qrCodes();
        assertThat(codes).hasSize(4);
        List<PageSketch.QrCode> inReadingOrder = inReadingOrder(codes);
        for (int i = 0; i < 4; i++) {
            PageSketch.QrCode code = inReadingOrder.get(i);
            assertThat(JSON.readTree(code.text()).get("part").asInt()).as("part of the code at %s", code.box()).isEqualTo(i + 1);
            assertThat(captionUnder(page, code.box())).isEqualTo("事務処理用 " + (i + 1) + "/4");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void aHouseholdOfThisSizeHasItsCodesNumberedLeftToRight(int people) throws Exception {
        FormData data = RealisticVisits.visit(people, 3, new java.util.Random(people));
        PageSketch page = renderer.sketch("resident-change", data);

        List<PageSketch.QrCode> codes = inReadingOrder(page.qrCodes());
        for (int i = 0; i < codes.size(); i++) {
            String caption = captionUnder(page, codes.get(i).box());
            assertThat(caption).isEqualTo(codes.size() == 1 ? "事務処理用" : "事務処理用 " + (i + 1) + "/" + codes.size());
        }
        assertThat(codes.get(codes.size() - 1).box().right()).as("the last code sits in the bottom-right corner place")
                .isGreaterThan(renderer.definition("resident-change").orElseThrow().qrCodes().get(0).x());
    }

    /** By their places: top row first, left to right (a smaller code sits lower in its place than a larger one). */
    private List<PageSketch.QrCode> inReadingOrder(List<PageSketch.QrCode> codes) {
        return codes.stream().sorted(Comparator.comparingDouble((PageSketch.QrCode c) -> placeOf(c.box()).y())
                .thenComparingDouble(c -> placeOf(c.box()).x())).toList();
    }

    private Box placeOf(Box code) {
        return renderer.definition("resident-change").orElseThrow().qrCodes().stream().filter(p -> p.contains(code))
                .findFirst().orElseThrow();
    }

    /** The text printed in the caption strip below the place of the form that holds the code. */
    private String captionUnder(PageSketch page, Box code) {
        Box place = placeOf(code);
        return page.marks().stream().filter(PageSketch.Run.class::isInstance).map(PageSketch.Run.class::cast)
                .filter(r -> r.baseline() > place.bottom() && r.baseline() < place.bottom() + FormDefinitionReader.QR_CAPTION)
                .filter(r -> r.x() > place.x() && r.x() < place.right())
                .map(PageSketch.Run::text).findFirst().orElse("(no caption)");
    }
}
