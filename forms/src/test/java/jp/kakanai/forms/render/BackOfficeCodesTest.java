package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's back-office data as one code or several parts, and read back whole, in any order, old format too. */
class BackOfficeCodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the 住民異動届 of the densest household prints, the household's seven rows included. */
    private static BackOfficeData densest() {
        return printed("resident-change", RealisticVisits.densestFamily());
    }

    private static BackOfficeData printed(String formId, FormData data) {
        return BackOfficeData.fromCodes(TestRenderer.shared().sketch(formId, data).qrCodes().stream()
                .map(PageSketch.QrCode::text).toList()).orElseThrow();
    }

    @Test
    void smallDataIsOneCodeWithoutPartNumbers() {
        BackOfficeData data = new BackOfficeData(BackOfficeData.VERSION, "juminhyo-request", TestRenderer.sample().build().tree());

        List<String> codes = BackOfficeCodes.split(data, 4);

        assertThat(codes).singleElement().satisfies(code -> assertThat(code).doesNotContain("\"part\""));
        assertThat(BackOfficeData.fromJson(codes.get(0))).hasValue(data);
    }

    @Test
    void aLargeHouseholdIsSplitIntoSelfDescribingPartsThatJoinBack() throws Exception {
        List<String> codes = BackOfficeCodes.split(densest(), 4);

        assertThat(densest().data().get("household")).asList().hasSize(7);
        assertThat(codes).hasSizeBetween(3, 4);
        for (int i = 0; i < codes.size(); i++) {
            JsonNode part = JSON.readTree(codes.get(i));
            assertThat(part.get("v").asInt()).isEqualTo(2);
            assertThat(part.get("form").asText()).isEqualTo("resident-change");
            assertThat(part.get("part").asInt()).isEqualTo(i + 1);
            assertThat(part.get("parts").asInt()).isEqualTo(codes.size());
            assertThat(part.at("/data/visit/id").asText()).isEqualTo(RealisticVisits.densestFamily().lookup("visit.id").orElseThrow());
            assertThat(codes.get(i).getBytes(StandardCharsets.UTF_8).length).as("bytes of part %d", i + 1)
                    .isLessThanOrEqualTo(BackOfficeCodes.PART_BYTES + 64);
        }
        assertThat(BackOfficeData.fromCodes(codes)).hasValue(densest());
    }

    @Test
    void partsJoinInAnyOrder() {
        List<String> codes = new ArrayList<>(BackOfficeCodes.split(densest(), 4));
        Collections.reverse(codes);

        assertThat(BackOfficeData.fromCodes(codes)).hasValue(densest());
    }

    @Test
    void aMissingPartOrAPartOfAnotherVisitGivesNothing() {
        List<String> codes = BackOfficeCodes.split(densest(), 4);
        String otherVisit = BackOfficeCodes.split(printed("resident-change", RealisticVisits.visits(4, 1).get(3)), 4).get(1);

        assertThat(BackOfficeData.fromCodes(codes.subList(0, codes.size() - 1))).isEmpty();
        assertThat(BackOfficeData.fromJson(codes.get(0))).isEmpty();
        List<String> mixed = new ArrayList<>(codes);
        mixed.set(1, otherVisit);
        assertThat(BackOfficeData.fromCodes(mixed)).isEmpty();
    }

    @Test
    void aHouseholdIsWrittenAsATableAndVersionOneListsAreStillRead() {
        Map<String, Object> taro = new LinkedHashMap<>();
        taro.put("name", "山田 太郎");
        taro.put("kana", "ヤマダ タロウ");
        Map<String, Object> data = Map.of("household", List.of(taro, Map.of("name", "山田 花子")));
        String v2 = new BackOfficeData(2, "nhi-enroll", data).toJson();
        String v1 = new BackOfficeData(1, "nhi-enroll", data).toJson();

        assertThat(v2).contains("\"household\":{\"columns\":[\"name\",\"kana\"],\"rows\":[[\"山田 太郎\",\"ヤマダ タロウ\"],[\"山田 花子\",null]]}");
        assertThat(v1).contains("\"household\":[{");
        assertThat(BackOfficeData.fromJson(v2).orElseThrow().data()).isEqualTo(data);
        assertThat(BackOfficeData.fromJson(v1).orElseThrow().data()).isEqualTo(data);
        BackOfficeData household = densest();
        assertThat(household.toJson().length()).as("a household of seven as a table")
                .isLessThan(new BackOfficeData(1, household.formId(), household.data()).toJson().length() * 9 / 10);
    }

    @Test
    void otherVersionsAndOtherJsonAreNotRead() {
        assertThat(BackOfficeData.fromJson("{\"v\":3,\"form\":\"nhi-enroll\",\"data\":{}}")).isEmpty();
        assertThat(BackOfficeData.fromJson("{\"name\":\"山田\"}")).isEmpty();
        assertThat(BackOfficeData.fromJson("not json")).isEmpty();
    }
}
