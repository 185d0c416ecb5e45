package jp.kakanai.forms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kakanai.forms.render.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormsCliTest {
    private static final Path EXAMPLE = Path.of("examples/move-in.json");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FormsCli cli = new FormsCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsIdAndTitleOfEveryForm() {
        assertThat(cli.run("list")).isZero();
        assertThat(out()).contains("juminhyo-request\t住民票の写し等交付請求書", "resident-change\t住民異動届", "dog-registration-change\t犬の登録事項変更届");
    }

    @Test
    void renderWritesThePrefilledPdf() throws IOException {
        Path pdf = dir.resolve("out.pdf");

        assertThat(cli.run("render", "--form", "juminhyo-request", "--data", EXAMPLE.toString(), "--out", pdf.toString())).isZero();

        assertThat(out()).contains("wrote " + pdf, "1 page");
        assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("山田 太郎", "昭和64年1月7日");
    }

    @Test
    void renderOfSeveralFormsWritesOnePdfWithAPagePerForm() throws IOException {
        Path pdf = dir.resolve("visit.pdf");

        assertThat(cli.run("render", "--form", "resident-change,nhi-enroll", "--data", EXAMPLE.toString(), "--out", pdf.toString())).isZero();

        assertThat(PdfProbe.pages(Files.readAllBytes(pdf))).isEqualTo(2);
    }

    /** Issue 16: such a name gave no form at all, and a stack trace. */
    @Test
    void nameWithACharacterBeyondTheBmpPrints() throws IOException {
        Path data = Files.writeString(dir.resolve("shitta.json"), """
                { "resident": { "name": "𠮟田 𡈽子", "address": "東京都𠀋区𩸽町1番地", "birthDate": "1990-02-03", "sex": "2" } }
                """);
        Path pdf = dir.resolve("seal.pdf");

        assertThat(cli.run("render", "--form", "seal-registration", "--data", data.toString(), "--out", pdf.toString())).isZero();

        assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("𠮟田 𡈽子", "東京都𠀋区𩸽町1番地");
        assertThat(err()).isEmpty();
    }

    @Test
    void fallbackFontsDrawWhatTheStandardFontsLack() throws IOException {
        Path data = Files.writeString(dir.resolve("kim.json"), """
                { "resident": { "name": "김 민준", "address": "東京都千代田区霞が関一丁目2番3号", "birthDate": "1990-02-03", "sex": "1" } }
                """);
        Path pdf = dir.resolve("kim.pdf");

        assertThat(cli.run("render", "--form", "juminhyo-request", "--data", data.toString(), "--out", pdf.toString(),
                "--font-fallback", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf")).isZero();

        assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("김 민준");
        assertThat(err()).isEmpty();
    }

    @Test
    void badValueInATableRowFailsWithOneSentenceNamingFormAndField() throws IOException {
        Path data = Files.writeString(dir.resolve("row.json"), Files.readString(EXAMPLE).replace("\"sex\": \"2\"", "\"sex\": \"3\""));

        assertThat(cli.run("render", "--form", "resident-change", "--data", data.toString(), "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(FormsCli.FAILED);

        assertThat(err().lines()).singleElement().isEqualTo(
                "error: Cannot print form 'resident-change', field household[1].sex: '3' is not an ISO 5218 sex code (0, 1, 2, 9).");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void dataTooLargeForTheFormsCodesFailsWithOneSentence() throws IOException {
        StringBuilder household = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            household.append(i == 0 ? "" : ",").append("{ \"name\": \"山田 子").append(i).append("\", \"relationship\": \"子\" }");
        }
        Path data = Files.writeString(dir.resolve("many.json"), "{ \"household\": [" + household + "] }");

        assertThat(cli.run("render", "--form", "resident-change", "--data", data.toString(), "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(FormsCli.FAILED);

        assertThat(err().lines()).singleElement().asString().startsWith("error: Cannot print form 'resident-change': its data (")
                .contains("is more than its 4 QR codes hold").doesNotContain("Exception", "\tat ");
    }

    /** Issue 16: a form missing its applicant's name printed blank boxes with exit 0 and no word. */
    @Test
    void blankRequiredBoxesRefuseThePrintNamingFormLabelAndField() throws IOException {
        Path data = Files.writeString(dir.resolve("nameless.json"), """
                { "resident": { "birthDate": "1989-01-07" }, "visit": { "date": "2026-11-22" } }
                """);

        assertThat(cli.run("render", "--form", "juminhyo-request", "--data", data.toString(), "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(FormsCli.FAILED);

        assertThat(err().lines()).singleElement().isEqualTo("error: required boxes are blank: juminhyo-request: 住所 (resident.address); "
                + "juminhyo-request: 氏名 (resident.name); give them in the data, or print with --allow-blank to fill them in by hand");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void allowBlankPrintsTheFormAndListsEachBlankRequiredBox() throws IOException {
        Path data = Files.writeString(dir.resolve("nameless.json"), """
                { "resident": { "address": "東京都千代田区霞が関一丁目2番3号" }, "visit": { "date": "2026-11-22" } }
                """);
        Path pdf = dir.resolve("blank.pdf");

        assertThat(cli.run("render", "--form", "juminhyo-request", "--allow-blank", "--data", data.toString(), "--out", pdf.toString())).isZero();

        assertThat(err().lines()).containsExactly("blank: juminhyo-request: 氏名 (resident.name) is left for writing by hand");
        assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("東京都千代田区霞が関一丁目2番3号");
    }

    @Test
    void unknownFormFailsNamingIt() {
        assertThat(cli.run("render", "--form", "no-such-form", "--data", EXAMPLE.toString(), "--out", dir.resolve("x.pdf").toString())).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("Unknown form id 'no-such-form'");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void malformedDataFileFailsWithItsLine() throws IOException {
        Path data = Files.writeString(dir.resolve("bad.json"), "{\n  \"resident\": { \"name\": \"山田\" \n}");

        assertThat(cli.run("render", "--form", "juminhyo-request", "--data", data.toString(), "--out", dir.resolve("x.pdf").toString())).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("bad.json: line 3: not a JSON object of form data");
    }

    @Test
    void missingDataFileIsNamed() {
        assertThat(cli.run("render", "--form", "juminhyo-request", "--data", "nowhere.json", "--out", "x.pdf")).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("nowhere.json: no such file");
    }

    @Test
    void missingOptionOrUnknownCommandIsAUsageError() {
        assertThat(cli.run("render", "--form", "juminhyo-request")).isEqualTo(FormsCli.USAGE);
        assertThat(err()).contains("missing --data", "usage:");
        assertThat(cli.run("print")).isEqualTo(FormsCli.USAGE);
        assertThat(err()).contains("unknown command 'print'");
        assertThat(cli.run()).isEqualTo(FormsCli.USAGE);
    }

    @Test
    void validateReportsMistakesWithTheirLines() throws IOException {
        Path form = Files.writeString(dir.resolve("my-form.json"), """
                {
                  "schema": 1, "id": "my-form", "title": "私の届",
                  "elements": [
                    { "kind": "txt", "x": 10, "y": 40, "w": 50, "h": 10 },
                    { "kind": "text", "source": "resident.nmae", "x": 10, "y": 40, "w": 250, "h": 10 }
                  ]
                }
                """);

        assertThat(cli.run("validate", form.toString())).isEqualTo(FormsCli.FAILED);

        assertThat(err()).contains("my-form.json:4: unknown kind 'txt'", "my-form.json:5: field off the page", "my-form.json:5: unknown data key 'resident.nmae'");
    }

    @Test
    void validateAcceptsTheSampleTownsForms() {
        assertThat(cli.run("validate", "../town/sample/forms")).isZero();
        assertThat(out()).contains("ok\tjuminhyo-request\t住民票の写し等交付請求書");
    }

    @Test
    void validateRefusesAPathThatDoesNotExist() {
        assertThat(cli.run("validate", "no/such/forms")).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("no/such/forms");
    }

    @Test
    void anExportedSampleValidatesAndAMistakeIsReportedWithFileAndLine() throws IOException {
        Path pack = dir.resolve("my-town");
        assertThat(cli.run("export-sample", pack.toString())).isZero();
        assertThat(cli.run("validate-pack", pack.toString())).isZero();
        assertThat(out()).contains("ok: かかない町", "sha256 ");

        Path procedures = pack.resolve("procedures.json");
        Files.writeString(procedures, Files.readString(procedures).replace("\"forms\": [\"nhi-enroll\"]", "\"forms\": [\"nhi-enrol\"]"));
        assertThat(cli.run("validate-pack", pack.toString())).isEqualTo(FormsCli.FAILED);
        assertThat(err()).containsPattern("procedures\\.json:\\d+: unknown form id 'nhi-enrol' \\(no forms/nhi-enrol\\.json in the pack\\)")
                .contains("1 problem in the town pack");
        assertThat(cli.run("export-sample", pack.toString())).isEqualTo(FormsCli.FAILED);
    }

    @Test
    void validatePackFindsTheQueueFilesMistakesWithTheLibrarysSortedByFileAndLine() throws IOException {
        Path pack = dir.resolve("queue-town");
        assertThat(cli.run("export-sample", pack.toString())).isZero();
        Path purposes = pack.resolve("queue/ticket-purposes.json");
        Files.writeString(purposes, Files.readString(purposes).replaceFirst("\"department\": \"shimin\"", "\"department\": \"nowhere\""));
        Path reservations = pack.resolve("queue/reservations.json");
        Files.writeString(reservations, Files.readString(reservations).replace("\"slotMinutes\": 30", "\"slotMinutes\": 25"));
        Path procedures = pack.resolve("procedures.json");
        Files.writeString(procedures, Files.readString(procedures).replace("\"forms\": [\"nhi-enroll\"]", "\"forms\": [\"nhi-enrol\"]"));

        assertThat(cli.run("validate-pack", pack.toString())).isEqualTo(FormsCli.FAILED);

        assertThat(err().lines().toList()).hasSize(4).satisfiesExactly(
                line -> assertThat(line).matches("procedures\\.json:\\d+: unknown form id 'nhi-enrol' .*"),
                line -> assertThat(line).isEqualTo("queue/reservations.json:3: slotMinutes 25 neither divides an hour nor is whole hours"),
                line -> assertThat(line).startsWith("queue/ticket-purposes.json:6: department 'nowhere' is no department of departments.json ("),
                line -> assertThat(line).isEqualTo("3 problems in the town pack " + pack));
    }

    @Test
    void missingFontFailsWithThePackageToInstall() {
        assertThat(cli.run("list", "--font-gothic", "/nonexistent/ipaexg.ttf")).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("/nonexistent/ipaexg.ttf", "fonts-ipaexfont");
    }
}
