package jp.kakanai.forms.render;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Chooses the QR mask pattern of a back-office code: the first of the eight (in their order) whose symbol has no
 * {@link FinderLookalikes}, else the one with the fewest. With ZXing's own choice (the lowest ISO/IEC 18004 penalty,
 * whose rule 3 counts only lookalikes with four light modules beside them) 25 of 384 realistic form pages did not
 * scan at 300 dpi, nor at 600; with this one none (docs/forms.md). Preferring the lowest penalty among the masks
 * without lookalikes made no difference in that measurement, and stopping at the first one is faster: usually one
 * or two placements of the codewords, which {@link QrEncoder} makes once.
 */
final class MaskChoice {
    private static final int MASKS = 8;

    private MaskChoice() {
    }

    static BitMatrix encode(String text, ErrorCorrectionLevel level) throws WriterException {
        QrEncoder.Codewords codewords = QrEncoder.codewords(text, level)
                .orElseThrow(() -> new WriterException("Data too big"));
        FinderLookalikes.Grid fewest = null;
        int fewestLookalikes = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            FinderLookalikes.Grid modules = QrEncoder.grid(codewords, mask);
            int lookalikes = FinderLookalikes.count(modules);
            if (lookalikes == 0) {
                return QrLayoutOfVersion.bitMatrix(modules);
            }
            if (lookalikes < fewestLookalikes) {
                fewest = modules;
                fewestLookalikes = lookalikes;
            }
        }
        return QrLayoutOfVersion.bitMatrix(fewest);
    }
}
