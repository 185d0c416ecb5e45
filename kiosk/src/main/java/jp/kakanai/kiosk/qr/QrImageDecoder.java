package jp.kakanai.kiosk.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.InvertedLuminanceSource;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and reads a QR code in a camera picture with ZXing, trying one way after another, cheapest and
 * likeliest first (figures by distortion in docs/qr.md):
 * <ol>
 * <li>{@link HybridBinarizer} (local thresholds: survives a hand's shadow and a screen's glare gradient);</li>
 * <li>{@link GlobalHistogramBinarizer} (one threshold: better for faint, evenly lit pictures);</li>
 * <li>the inverted picture (light modules on dark: a phone in dark mode);</li>
 * <li>the picture at half size (noise averaged away);</li>
 * <li>the picture smoothed 3 × 3 (noise, when the modules are too small to halve);</li>
 * <li>the picture with its contrast stretched (a dim screen photographed in a bright hall).</li>
 * </ol>
 * Always {@code TRY_HARDER}, and {@code CHARACTER_SET} UTF-8 so that a foreign code with Japanese reads as
 * what it is instead of a Shift_JIS guess. Thread-safe: each call has its own reader.
 */
public final class QrImageDecoder {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8",
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /** One way of turning the picture's grey levels into black and white modules. */
    public enum Strategy {
        HYBRID(HybridBinarizer::new),
        GLOBAL_HISTOGRAM(GlobalHistogramBinarizer::new),
        INVERTED(source -> new HybridBinarizer(new InvertedLuminanceSource(source))),
        HALF_SIZE(source -> new HybridBinarizer(LuminanceVariants.halved(source))),
        SMOOTHED(source -> new HybridBinarizer(LuminanceVariants.smoothed(source))),
        STRETCHED(source -> new HybridBinarizer(LuminanceVariants.stretched(source)));

        private final Function<LuminanceSource, Binarizer> binarizer;

        Strategy(Function<LuminanceSource, Binarizer> binarizer) {
            this.binarizer = binarizer;
        }
    }

    /** What the picture held. */
    public sealed interface ImageScan {
        /** A QR code's text, read by the strategy named. */
        record Found(String text, Strategy strategy) implements ImageScan {
        }

        /** A QR code was seen (its finder patterns) but its modules could not be read back. */
        record Unreadable(String why) implements ImageScan {
        }

        /** No QR code in the picture. */
        record NotFound() implements ImageScan {
        }
    }

    public ImageScan scan(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        String unreadable = null;
        for (Strategy strategy : Strategy.values()) {
            try {
                Result result = new QRCodeReader().decode(new BinaryBitmap(strategy.binarizer.apply(source)), HINTS);
                return new ImageScan.Found(result.getText(), strategy);
            } catch (ChecksumException e) {
                unreadable = "too many modules unreadable for the error correction";
            } catch (FormatException e) {
                if (unreadable == null) {
                    unreadable = "the format or version information is unreadable";
                }
            } catch (NotFoundException e) {
                // not with this strategy: try the next
            }
        }
        return unreadable != null ? new ImageScan.Unreadable(unreadable) : new ImageScan.NotFound();
    }
}
