package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The renderer's QR encoder makes, module for module, the symbol ZXing 3.5.3 makes of the same text and mask. */
class QrEncoderTest {

    @Test
    void realisticBackOfficeCodesAreZxingsSymbolsWithEveryMask() throws Exception {
        List<String> texts = new ArrayList<>();
        for (FormData visit : RealisticVisits.visits(4, 16L)) {
            for (FormSummary form : TestRenderer.shared().forms()) {
                TestRenderer.shared().sketch(form.id(), visit).qrCodes().forEach(code -> texts.add(code.text()));
            }
        }
        for (String text : texts) {
            for (int mask = 0; mask < 8; mask++) {
                assertSameAsZxing(text, ErrorCorrectionLevel.M, mask);
            }
        }
    }

    @Test
    void textsOfEveryLengthUpToVersion40AreZxingsSymbols() throws Exception {
        Random random = new Random(40);
        String alphabet = "{}\":,0123456789abcdefghij山田太郎花子住所東京都𠮷髙〓ヤマダ -";
        for (int length = 1; length < 2400; length += 1 + length / 12) {
            StringBuilder text = new StringBuilder();
            while (text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < length) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            if (text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 2300) {
                break;
            }
            assertSameAsZxing("{" + text, ErrorCorrectionLevel.M, random.nextInt(8));
        }
    }

    @Test
    void otherErrorCorrectionLevelsAreZxingsToo() throws Exception {
        String text = "{\"v\":2,\"form\":\"juminhyo-request\",\"data\":{\"resident\":{\"name\":\"山田 太郎\"}}}";
        for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
            assertSameAsZxing(text, level, 3);
        }
    }

    @Test
    void tooMuchForVersion40IsNoSymbol() {
        assertThat(QrEncoder.codewords("{" + "x".repeat(2400), ErrorCorrectionLevel.M)).isEmpty();
        assertThat(QrEncoder.codewords("{" + "x".repeat(2300), ErrorCorrectionLevel.M)).isPresent();
    }

    private static void assertSameAsZxing(String text, ErrorCorrectionLevel level, int mask) throws Exception {
        ByteMatrix zxing = Encoder.encode(text, level, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                EncodeHintType.QR_MASK_PATTERN, mask)).getMatrix();
        BitMatrix ours = QrEncoder.symbol(QrEncoder.codewords(text, level).orElseThrow(), mask);
        assertThat(ours.getWidth()).as("size of %s", text).isEqualTo(zxing.getWidth());
        assertThat(ours).as("symbol of %d bytes, mask %d, level %s", text.length(), mask, level).isEqualTo(bits(zxing));
    }

    static BitMatrix bits(ByteMatrix modules) {
        BitMatrix bits = new BitMatrix(modules.getWidth(), modules.getHeight());
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    bits.set(x, y);
                }
            }
        }
        return bits;
    }
}
