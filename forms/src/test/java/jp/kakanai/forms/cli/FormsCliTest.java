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

    @Test
    void unknownFormFailsNamingIt() {
        assertThat(cli.run("render", "--form", "no-such-form", "--data", EXAMPLE.toString(), "--out", dir.resolve("x.pdf").toString())).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("unknown form id 'no-such-form'");
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
    void missingFontFailsWithThePackageToInstall() {
        assertThat(cli.run("list", "--font-gothic", "/nonexistent/ipaexg.ttf")).isEqualTo(FormsCli.FAILED);
        assertThat(err()).contains("/nonexistent/ipaexg.ttf", "fonts-ipaexfont");
    }
}
