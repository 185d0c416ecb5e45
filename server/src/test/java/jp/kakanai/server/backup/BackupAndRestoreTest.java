package jp.kakanai.server.backup;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.interview.PrintedPdf;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A town's set-up, end to end: the master key and H2's file secret kept apart from the data folder, the H2
 * file encrypted, a backup made while the server runs, then restored into an empty folder on another start
 * — the visit and its My Number are back, with the same keys; the backup holds neither key.
 */
class BackupAndRestoreTest {
    private static final String MY_NUMBER = "876543210989";

    @Test
    void aBackupRestoredWithTheKeysKeptApartBringsEverythingBack(@TempDir Path root) throws Exception {
        Path keys = Files.createDirectories(root.resolve("etc-kakanai"));
        Path h2Secret = secret(keys.resolve("h2-file.key"), "h2-file-secret-" + "x".repeat(24));
        Path masterKey = keys.resolve("master.key");
        Path backups = root.resolve("backups");
        String visitId;
        String masterText;
        try (ConfigurableApplicationContext first = start(root.resolve("data"), masterKey, h2Secret, backups)) {
            HttpFixture http = http(first);
            visitId = json(http.asKiosk().postJson("/api/visits",
                    CheckInFixture.json(CheckInFixture.moveInWithMyNumber(MY_NUMBER)))).get("visitId").asText();
            var backup = http.asStaff(DemoCredentials.ADMIN, DemoCredentials.ADMIN_PASSWORD).postJson("/api/admin/backup", "");
            assertThat(backup.statusCode()).as(backup.body()).isEqualTo(200);
            assertThat(http.asClerk().postJson("/api/admin/backup", "").statusCode()).isEqualTo(403);
            masterText = Files.readString(masterKey).strip();
        }
        assertThat(new String(Files.readAllBytes(root.resolve("data/kakanai.mv.db")), StandardCharsets.UTF_8))
                .as("the H2 file is encrypted: no name in it").doesNotContain(CheckInFixture.resident().name());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("data")))).isEqualTo("rwx------");
        try (Stream<Path> written = Files.list(backups)) {
            for (Path file : written.toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file + " holds no key")
                        .doesNotContain(masterText).doesNotContain("h2-file-secret");
            }
        }

        Path restored = Files.createDirectories(root.resolve("restored"));
        Path zip;
        Path dataKeys;
        try (Stream<Path> written = Files.list(backups)) {
            var files = written.toList();
            zip = files.stream().filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
            dataKeys = files.stream().filter(f -> f.toString().endsWith(".data-keys")).findFirst().orElseThrow();
        }
        unzip(zip, restored);
        Files.copy(dataKeys, restored.resolve("my-number-data-keys"));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("kakanai"), "sa", "").close())
                .as("the backup does not open without H2's file secret");

        try (ConfigurableApplicationContext second = start(restored, masterKey, h2Secret, backups)) {
            HttpFixture clerk = http(second).asClerk();
            assertThat(json(clerk.get("/api/visits/" + visitId)).get("myNumber").asText()).isEqualTo("********0989");
            var pdf = clerk.getBytes("/api/visits/" + visitId + "/forms/nhi-enroll.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new PrintedPdf(pdf.body()).text(0).replaceAll("\\s", "")).contains(MY_NUMBER);
        }
    }

    private static Path secret(Path file, String text) throws IOException {
        Files.writeString(file, text + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, folder.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }

    private static HttpFixture http(ConfigurableApplicationContext server) {
        return new HttpFixture("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(Path data, Path masterKey, Path h2Secret, Path backups) {
        return new SpringApplicationBuilder(KakanaiServer.class).profiles("demo").run("--server.port=0",
                "--kakanai.data-dir=" + data, "--kakanai.queue.prefetch=false",
                "--kakanai.privacy.my-number-key-file=" + masterKey, "--kakanai.privacy.allow-key-in-data-dir=false",
                "--kakanai.database.file-encryption-key-file=" + h2Secret, "--kakanai.backup.dir=" + backups);
    }
}
