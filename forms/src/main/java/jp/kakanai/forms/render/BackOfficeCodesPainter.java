package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.util.Comparator;
import java.util.List;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormDefinitionReader;

/**
 * Puts a form's back-office codes in its code places, captioned 事務処理用 1/N … N/N. The codes take the first
 * places of the form's order (the bottom-right one first, so one code sits in the corner), and their numbers run
 * in reading order over the places taken: left to right, top to bottom, so that 1/4 is top left and 4/4 bottom
 * right, as a clerk reads them.
 */
final class BackOfficeCodesPainter {
    private final FormPainter form;

    BackOfficeCodesPainter(FormPainter form) {
        this.form = form;
    }

    void paint(BackOfficeData payload, List<Box> places) {
        List<String> codes = BackOfficeCodes.split(payload, places.size());
        List<Box> taken = places.subList(0, codes.size()).stream()
                .sorted(Comparator.comparingDouble(Box::y).thenComparingDouble(Box::x)).toList();
        for (int i = 0; i < codes.size(); i++) {
            BitMatrix modules = BackOfficeCodes.modules(codes.get(i));
            Box place = taken.get(i);
            form.page().filled().qr(QrLayout.symbolIn(place, modules.getWidth()), modules, codes.get(i));
            form.note(codes.size() == 1 ? "事務処理用" : "事務処理用 " + (i + 1) + "/" + codes.size(),
                    new Box(place.x(), place.bottom() + 0.3, place.w(), FormDefinitionReader.QR_CAPTION - 0.6), 6,
                    TextFitter.Align.CENTER);
        }
    }
}
