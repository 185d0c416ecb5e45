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
            shared = FormRenderer.create(FontSettings.debianDefaults(), jp.kakanai.forms.pack.TownPack.sample().forms());
        }
        return shared;
    }

    public static BasicFourInfo yamadaTaro() {
        return new BasicFourInfo("山田 太郎", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室",
                LocalDate.of(1989, 1, 7), Sex.MALE);
    }

    /** Every key of the shared data tree, as for a family moving in (and a death, for おくやみ forms). */
    public static FormDataBuilder full() {
        return sample()
                .put("resident.postcode", "100-0013")
                .put("resident.myNumber", "123456789018")
                .put("householder.name", "山田 太郎")
                .put("move.date", "2026-11-15")
                .put("move.previousAddress", "大阪府大阪市北区中之島一丁目3番20号")
                .put("move.newAddress", "東京都千代田区霞が関一丁目2番3号 かかないハイツ101号室")
                .put("household[0].name", "山田 太郎").put("household[0].kana", "ヤマダ タロウ")
                .put("household[0].birthDate", "1989-01-07").put("household[0].sex", "1").put("household[0].relationship", "世帯主")
                .put("household[1].name", "山田 花子").put("household[1].kana", "ヤマダ ハナコ")
                .put("household[1].birthDate", "1990-05-01").put("household[1].sex", "2").put("household[1].relationship", "妻")
                .put("household[2].name", "山田 一郎").put("household[2].kana", "ヤマダ イチロウ")
                .put("household[2].birthDate", "2019-05-01").put("household[2].sex", "1").put("household[2].relationship", "子")
                .put("deceased.name", "山田 正男").put("deceased.address", "東京都千代田区霞が関一丁目2番3号")
                .put("deceased.birthDate", "1940-03-03").put("deceased.deathDate", "2026-11-10")
                .put("answers.requester", "self").put("answers.scope", "all").put("answers.certificate", "copy")
                .put("answers.copies", 2).put("answers.items", java.util.List.of("householder", "domicile"))
                .put("answers.purpose", "other").put("answers.purpose-other", "児童手当の申請")
                .put("answers.card-continue", "yes").put("answers.nhi-reason", "move-in")
                .put("answers.pension-kind", "address-change").put("answers.pension-type", "national")
                .put("answers.spouse-name", "山田 花子").put("answers.late-elderly-kind", "move-in")
                .put("answers.care-kind", "enrol").put("answers.child-insurance", "nhi")
                .put("answers.funeral-date", "2026-11-14").put("answers.relation-to-deceased", "長男")
                .put("answers.dog-change", "address").put("answers.dog-name", "ポチ")
                .put("answers.dog-registration-number", "第12345号").put("answers.dog-breed", "柴犬")
                .put("answers.dog-colour", "赤").put("answers.dog-sex", "male").put("answers.id-document", "mynumber-card");
    }

    public static FormDataBuilder sample() {
        return FormDataBuilder.forResident(yamadaTaro())
                .visit("v-2026-0001", LocalDate.of(2026, 11, 22), "A-012", "move-in")
                .put("resident.kana", "ヤマダ タロウ")
                .put("resident.phone", "03-1234-5678");
    }
}
