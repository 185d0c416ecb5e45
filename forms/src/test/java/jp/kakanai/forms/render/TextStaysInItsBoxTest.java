package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.definition.FormDefinitionReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each form as an image twice, blank and filled with overlong values, and checks that every pixel
 * the data changed lies inside a box meant for data (or the QR code): nothing spills over a label, a line
 * or the page edge, however long the name or address.
 */
class TextStaysInItsBoxTest {
    private static final float DPI = 100;
    private static final String LONG_ADDRESS = "北海道札幌市中央区北一条西二丁目一番地 札幌市役所本庁舎前 かかないタワーレジデンス北棟二十三階二三〇四号室（管理人室経由）";
    private static final String LONG_NAME = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末";
    private static final String LONG_KANA = "ジュゲムジュゲムゴコウノスリキレカイジャリスイギョノスイギョウマツウンライマツフウライマツ";

    static Stream<String> formIds() {
        return TestRenderer.shared().forms().stream().map(FormSummary::id);
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void overlongValuesStayInsideTheirBoxes(String formId) {
        FormRenderer renderer = TestRenderer.shared();
        FormDefinition form = renderer.definition(formId).orElseThrow();
        FormDataBuilder data = TestRenderer.full()
                .put("resident.name", LONG_NAME).put("resident.kana", LONG_KANA).put("resident.address", LONG_ADDRESS)
                .put("resident.phone", "090-1234-5678 (平日 9:00〜17:00 勤務先 03-9876-5432)")
                .put("householder.name", LONG_NAME).put("move.previousAddress", LONG_ADDRESS).put("move.newAddress", LONG_ADDRESS)
                .put("deceased.name", LONG_NAME).put("deceased.address", LONG_ADDRESS)
                .put("household[1].name", LONG_NAME).put("household[1].kana", LONG_KANA).put("household[1].relationship", "妻（未届の妻）の子の配偶者")
                .put("answers.spouse-name", LONG_NAME).put("answers.purpose-other", LONG_ADDRESS).put("answers.dog-name", LONG_KANA);

        BufferedImage filled = PdfProbe.image(renderer.render(formId, data.build()).pdf(), 0, DPI);
        BufferedImage blank = PdfProbe.image(renderer.render(formId, FormDataBuilder.empty().build()).pdf(), 0, DPI);

        List<Box> allowed = dataBoxes(form);
        List<String> strays = new ArrayList<>();
        int changed = 0;
        for (int y = 0; y < filled.getHeight(); y++) {
            for (int x = 0; x < filled.getWidth(); x++) {
                if (differs(filled.getRGB(x, y), blank.getRGB(x, y))) {
                    changed++;
                    double mmX = (x + 0.5) * 25.4 / DPI;
                    double mmY = (y + 0.5) * 25.4 / DPI;
                    if (allowed.stream().noneMatch(b -> inside(b, mmX, mmY)) && strays.size() < 10) {
                        strays.add(String.format("(%.1f mm, %.1f mm)", mmX, mmY));
                    }
                }
            }
        }
        assertThat(changed).as("pixels the data changed").isGreaterThan(1000);
        assertThat(strays).as("changed pixels outside every data box").isEmpty();
    }

    private static List<Box> dataBoxes(FormDefinition form) {
        List<Box> boxes = new ArrayList<>();
        // the codes and their captions (事務処理用 1/2 under each): a fuller form prints more codes
        boxes.add(new Box(form.qr().x(), form.qr().y(), form.qr().w(), form.qr().h() + FormDefinitionReader.QR_CAPTION));
        for (Element e : form.elements()) {
            if (e.kind() == ElementKind.CHECKBOX || e.kind() == ElementKind.TABLE) {
                boxes.add(e.box());
            } else if (e.kind().takesData()) {
                boxes.add(e.valueBox());
            }
        }
        return boxes;
    }

    private static boolean inside(Box box, double x, double y) {
        double tolerance = 25.4 / DPI; // one pixel of anti-aliasing
        return x >= box.x() - tolerance && x <= box.right() + tolerance && y >= box.y() - tolerance && y <= box.bottom() + tolerance;
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 48) {
                return true;
            }
        }
        return false;
    }
}
