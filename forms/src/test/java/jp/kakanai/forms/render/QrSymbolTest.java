package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.Box;
import org.junit.jupiter.api.Test;

/** How a back-office symbol is drawn: whole-dot modules on the dot grid, and a mask without finder lookalikes. */
class QrSymbolTest {
    private static final Box PLACE = new Box(166.5, 249.5, 33.5, 33.5);

    @Test
    void aVersion17CodeHasModulesOfFourDotsOnTheDotGrid() {
        Box symbol = QrLayout.symbolIn(PLACE, 85);

        assertThat(symbol.w() / 85).isCloseTo(4 * QrLayout.DOT, within(1e-9));
        assertThat(symbol.x() / QrLayout.DOT).isCloseTo(Math.rint(symbol.x() / QrLayout.DOT), within(1e-6));
        assertThat(symbol.y() / QrLayout.DOT).isCloseTo(Math.rint(symbol.y() / QrLayout.DOT), within(1e-6));
        assertThat(PLACE.contains(symbol.inset(-QrLayout.QUIET_ZONE * 4 * QrLayout.DOT))).isTrue();
    }

    @Test
    void aSmallCodeGetsBiggerModulesAndAHugeOneFillsThePlace() {
        assertThat(QrLayout.symbolIn(PLACE, 41).w() / 41).isCloseTo(6 * QrLayout.DOT, within(1e-9));
        Box huge = QrLayout.symbolIn(PLACE, 177);
        assertThat(huge.w() / 177).isCloseTo(33.5 / 185, within(1e-9));
    }

    @Test
    void aFinderPatternPlantedInTheDataIsALookalikeAndTheRealOnesAreNot() {
        ByteMatrix modules = new ByteMatrix(29, 29);
        modules.clear((byte) 0);
        finder(modules, 0, 0);
        finder(modules, 0, 22);
        finder(modules, 22, 0);
        assertThat(FinderLookalikes.count(QrEncoderTest.bits(modules))).isZero();

        finder(modules, 11, 11);
        assertThat(FinderLookalikes.count(QrEncoderTest.bits(modules))).isEqualTo(1);
    }

    @Test
    void whereZxingsOwnMaskLeavesLookalikesTheChosenMaskHasNone() throws Exception {
        List<String> texts = new ArrayList<>();
        for (FormData visit : RealisticVisits.visits(8, 20261130L)) {
            for (FormSummary form : TestRenderer.shared().forms()) {
                TestRenderer.shared().sketch(form.id(), visit).qrCodes().forEach(code -> texts.add(code.text()));
            }
        }
        int zxingWithLookalikes = 0;
        for (String text : texts) {
            ByteMatrix zxing = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            zxingWithLookalikes += FinderLookalikes.count(QrEncoderTest.bits(zxing)) > 0 ? 1 : 0;
            assertThat(FinderLookalikes.count(MaskChoice.encode(text, ErrorCorrectionLevel.M))).as(text).isZero();
        }
        assertThat(zxingWithLookalikes).as("codes whose ZXing mask has a lookalike, of %d", texts.size()).isPositive();
    }

    /** A 7 × 7 finder pattern with its top-left module at (row, col). */
    private static void finder(ByteMatrix m, int row, int col) {
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 7; c++) {
                boolean ring = r == 0 || r == 6 || c == 0 || c == 6;
                boolean centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
                m.set(col + c, row + r, ring || centre ? 1 : 0);
            }
        }
    }
}
