package jp.kakanai.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.kakanai.forms.json.FileProblem;
import org.junit.jupiter.api.Test;

/** A bad definition gets every mistake reported with its line, so a form author fixes the file in one pass. */
class FormDefinitionReaderTest {

    private static String form(String elements) {
        return """
                {
                  "schema": 1,
                  "id": "test-form",
                  "title": "テスト届",
                  "elements": [
                %s
                  ]
                }
                """.formatted(elements);
    }

    /** The problems the reader reports for a definition it refuses. */
    static List<FileProblem> problems(String json) {
        try {
            FormDefinitionReader.read("test-form.json", json);
        } catch (InvalidFormDefinitionException e) {
            return e.problems();
        }
        throw new AssertionError("the definition was accepted");
    }

    @Test
    void goodDefinitionIsRead() {
        FormDefinition form = FormDefinitionReader.read("test-form.json", form("""
                    { "kind": "text", "label": "氏名", "source": "resident.name", "x": 10, "y": 40, "w": 120, "h": 12 }
                """));

        assertThat(form.id()).isEqualTo("test-form");
        assertThat(form.elements()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ElementKind.TEXT);
            assertThat(e.box()).isEqualTo(new Box(10, 40, 120, 12));
            assertThat(e.valueBox()).isEqualTo(new Box(35, 40, 95, 12));
            assertThat(e.line()).isEqualTo(6);
        });
    }

    @Test
    void requiredBoxesAndColumnsAndATablesPeopleAreRead() {
        FormDefinition form = FormDefinitionReader.read("test-form.json", form("""
                    { "kind": "text", "label": "氏名", "source": "resident.name", "required": true, "x": 10, "y": 40, "w": 120, "h": 12 },
                    { "kind": "table", "source": "household", "people": "children", "required": true, "rows": 3,
                      "x": 10, "y": 60, "w": 120, "h": 30, "columns": [
                      {"header": "氏名", "source": "name", "w": 60, "required": true},
                      {"header": "フリガナ", "source": "kana", "w": 60} ] }
                """));

        assertThat(form.elements().get(0).required()).isTrue();
        assertThat(form.elements().get(1).people()).isEqualTo("children");
        assertThat(form.elements().get(1).columns()).extracting(Column::required).containsExactly(true, false);
    }

    @Test
    void aTablesUnknownPeopleAndANonBooleanRequiredAreReported() {
        assertThat(problems(form("""
                    { "kind": "text", "label": "氏名", "source": "resident.name", "required": "yes", "x": 10, "y": 40, "w": 120, "h": 12 },
                    { "kind": "table", "source": "household", "people": "kids", "rows": 3, "x": 10, "y": 60, "w": 120, "h": 30,
                      "columns": [ {"header": "氏名", "source": "name", "w": 60} ] }
                """))).extracting(FileProblem::toString).containsExactly(
                "test-form.json:6: 'required' must be true or false",
                "test-form.json:7: unknown people 'kids' for a table (known: everyone, living, concerned, members, children, spouse, deceased, children-of-deceased, other-heirs)");
    }

    @Test
    void unknownKindIsReportedOnItsLine() {
        assertThat(problems(form("""
                    { "kind": "text", "label": "氏名", "source": "resident.name", "x": 10, "y": 40, "w": 120, "h": 12 },
                    { "kind": "txt", "label": "住所", "source": "resident.address", "x": 10, "y": 52, "w": 120, "h": 12 }
                """))).singleElement().hasToString("test-form.json:7: unknown kind 'txt' (known kinds: text, kana, date, "
                + "sex, checkbox, my-number, table, office, label, section, box)");
    }

    @Test
    void fieldOffThePageIsReportedOnItsLine() {
        assertThat(problems(form("""
                    { "kind": "text", "label": "住所", "source": "resident.address",
                      "x": 100, "y": 40, "w": 120, "h": 12 }
                """))).singleElement().hasToString("test-form.json:6: field off the page: this text (x=100.0, y=40.0, "
                + "w=120.0, h=12.0) reaches beyond the A4 sheet (210 × 297 mm)");
    }

    @Test
    void unknownDataKeyIsReportedOnTheSourceLine() {
        List<FileProblem> problems = problems(form("""
                    { "kind": "text", "label": "氏名",
                      "source": "resident.nmae",
                      "x": 10, "y": 40, "w": 120, "h": 12 }
                """));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("unknown data key 'resident.nmae' (known: resident.{name,kana,");
        });
    }

    @Test
    void misspelledPropertyAndMissingGeometryAreEachReported() {
        assertThat(problems(form("""
                    { "kind": "date", "label": "生年月日", "sorce": "resident.birthDate", "x": 10, "y": 40, "w": 80 }
                """))).extracting(FileProblem::toString).containsExactly(
                "test-form.json:6: unknown property 'sorce' in date (allowed: h, kind, label, labelWidth, required, requiredWith, size, source, w, x, y)",
                "test-form.json:6: missing 'h' (millimetres)",
                "test-form.json:6: date needs a positive width w and height h (in millimetres)",
                "test-form.json:6: date needs a 'source', the data key its value comes from (e.g. resident.name)");
    }

    @Test
    void tableColumnsAreChecked() {
        assertThat(problems(form("""
                    { "kind": "table", "source": "household", "rows": 3, "x": 10, "y": 40, "w": 100, "h": 30,
                      "columns": [
                        { "header": "氏名", "source": "name", "w": 60 },
                        { "header": "年齢", "source": "age", "kind": "number", "w": 60 }
                      ] }
                """))).extracting(FileProblem::toString).containsExactly(
                "test-form.json:9: unknown data key 'age' for a table column (known: name, kana, birthDate, sex, relationship)",
                "test-form.json:9: unknown column kind 'number' (known: text, kana, date, sex)",
                "test-form.json:6: the columns are 120.0 mm wide together, wider than the table (100.0 mm)");
    }

    @Test
    void elementOverTheQrCodeOrTitleIsReported() {
        assertThat(problems(form("""
                    { "kind": "office", "x": 10, "y": 250, "w": 190, "h": 30 },
                    { "kind": "label", "text": "ご注意", "x": 50, "y": 10, "w": 40, "h": 6 }
                """))).extracting(FileProblem::message).containsExactly(
                "office overlaps the QR code (x=170.0..200.0, y=253.5..287.0)",
                "label overlaps the title (y=8.0..22.0)");
    }

    @Test
    void qrAreaHoldsItsCodesBottomRightFirst() {
        FormDefinition form = FormDefinitionReader.read("test-form.json", form("").replace("\"elements\"",
                "\"qr\": { \"size\": 30, \"across\": 2, \"down\": 2 },\n  \"elements\""));

        assertThat(form.qr()).isEqualTo(new Box(138, 220, 62, 63.5));
        assertThat(form.qrCodes()).containsExactly(new Box(170, 253.5, 30, 30), new Box(138, 253.5, 30, 30),
                new Box(170, 220, 30, 30), new Box(138, 220, 30, 30));
    }

    @Test
    void qrAreaOfFourAcrossIsReportedOnItsLine() {
        assertThat(problems(form("").replace("\"elements\"", "\"qr\": { \"size\": 30,\n \"across\": 4 },\n  \"elements\"")))
                .extracting(FileProblem::toString)
                .containsExactly("test-form.json:6: qr 'across' must be 1, 2 or 3 (codes side by side)");
    }

    @Test
    void jsonSyntaxErrorGivesItsLine() {
        assertThat(problems("{\n  \"schema\": 1,\n  \"id\": \"test-form\"\n  \"title\": \"x\"\n}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).startsWith("not valid JSON");
                });
    }

    @Test
    void idMustMatchTheFileName() {
        assertThat(problems(form("").replace("test-form", "other-form")))
                .extracting(FileProblem::toString)
                .containsExactly("test-form.json:3: id 'other-form' does not match the file name test-form.json (expected other-form.json)");
    }

    @Test
    void catalogReportsTheProblemsOfEveryFile() {
        assertThatThrownBy(() -> FormCatalog.of(Map.of(
                "a.json", "{ \"schema\": 1, \"id\": \"a\", \"title\": \"A\", \"elements\": [ { \"kind\": \"bogus\" } ] }",
                "b.json", "{ \"schema\": 2, \"id\": \"b\", \"title\": \"B\", \"elements\": [] }")))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("a.json:1: unknown kind 'bogus'")
                .hasMessageContaining("b.json:1: schema 2 is not supported");
    }

    @Test
    void builtInFormsAreAllValid() {
        assertThat(FormCatalog.builtIn().all()).hasSizeGreaterThanOrEqualTo(12);
    }
}
