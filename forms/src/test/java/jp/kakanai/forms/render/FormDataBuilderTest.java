package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormDataBuilderTest {

    @Test
    void residentAndVisitFillTheSharedKeys() {
        FormData data = FormDataBuilder.forResident(TestRenderer.yamadaTaro())
                .visit("v-1", LocalDate.of(2026, 11, 22), "A-012", "move-in")
                .put("household[1].name", "山田 花子")
                .build();

        assertThat(data.lookup("resident.name")).hasValue("山田 太郎");
        assertThat(data.lookup("resident.birthDate")).hasValue("1989-01-07");
        assertThat(data.lookup("resident.sex")).hasValue("1");
        assertThat(data.lookup("visit.date")).hasValue("2026-11-22");
        assertThat(data.lookup("visit.lifeEvent")).hasValue("move-in");
        assertThat(data.lookup("household[1].name")).hasValue("山田 花子");
        assertThat(data.lookup("household[0].name")).isEmpty();
    }

    @Test
    void builtDataDoesNotChangeWhenTheBuilderGoesOn() {
        FormDataBuilder builder = FormDataBuilder.empty().put("resident.name", "山田 太郎");
        FormData first = builder.build();

        builder.put("resident.name", "髙橋 花子").put("resident.kana", "タカハシ ハナコ");

        assertThat(first.lookup("resident.name")).hasValue("山田 太郎");
        assertThat(first.lookup("resident.kana")).isEmpty();
    }

    @Test
    void nullValuesAreLeftOut() {
        FormData data = FormDataBuilder.empty().visit("v-1", null, null, null).build();

        assertThat(data.lookup("visit.id")).hasValue("v-1");
        assertThat(data.lookup("visit.date")).isEmpty();
    }
}
