package jp.kakanai.forms.render;

import java.time.LocalDate;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/** One renderer for all tests (fonts are parsed once, as in production) and sample data builders. */
public final class TestRenderer {
    private static FormRenderer shared;

    private TestRenderer() {
    }

    public static synchronized FormRenderer shared() {
        if (shared == null) {
            shared = FormRenderer.create(FontSettings.debianDefaults());
        }
        return shared;
    }

    public static BasicFourInfo yamadaTaro() {
        return new BasicFourInfo("山田 太郎", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室",
                LocalDate.of(1989, 1, 7), Sex.MALE);
    }

    public static FormDataBuilder sample() {
        return FormDataBuilder.forResident(yamadaTaro())
                .visit("v-2026-0001", LocalDate.of(2026, 11, 22), "A-012", "move-in")
                .put("resident.kana", "ヤマダ タロウ")
                .put("resident.phone", "03-1234-5678");
    }
}
