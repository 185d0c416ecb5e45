package jp.kakanai.server.privacy;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipInputStream;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure that holds: H2 cannot compact a live database, so a purged number's sealed bytes may stay in the
 * file and in every copy of it. The purge destroys the number's own data key instead; afterwards a copy
 * of the database taken before the purge, with the master key, opens nothing.
 */
@Tag("red-team")
class CryptoShreddingTest extends ServerHttpTest {
    private static final String MY_NUMBER = "876543210989";
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MyNumberCipher cipher;
    @Autowired
    DataKeyFile dataKeys;
    @Autowired
    MyNumberRetention retention;

    private record StoredCopy(String sealed, int slot) {
    }

    @Test
    void aCopyOfTheDatabaseTakenBeforeThePurgeOpensNothingAfterItEvenWithTheMasterKey(@TempDir Path copies)
            throws Exception {
        String visitId = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(CheckInFixture.moveInWithMyNumber(MY_NUMBER)))).get("visitId").asText();
        Path backup = copies.resolve("before-purge.zip");
        jdbc.sql("BACKUP TO '" + backup + "'").update();
        StoredCopy copy = readFromCopy(backup, copies.resolve("db"), visitId);
        assertThat(cipher.open(visitId, copy.sealed(), dataKeys.get(copy.slot()).orElseThrow()))
                .as("before the purge the copy opens: the test means something").isEqualTo(MY_NUMBER);
        byte[] slotBefore = dataKeys.get(copy.slot()).orElseThrow();

        jdbc.sql("update visit_my_number set stored_at = :at where visit_id = :id")
                .param("at", Instant.now().minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC)).param("id", visitId)
                .update();
        retention.purge("manager");

        assertThat(dataKeys.get(copy.slot())).as("the data key is destroyed").isEmpty();
        byte[] keyFile = Files.readAllBytes(dataKeys.path());
        assertThat(indexOf(keyFile, slotBefore)).as("no trace of the wrapped key in the key file").isEqualTo(-1);
        for (int slot : dataKeys.keysWrittenBefore(Instant.MAX)) {
            byte[] other = dataKeys.get(slot).orElseThrow();
            assertThatThrownBy(() -> cipher.open(visitId, copy.sealed(), other))
                    .as("no key left in the file opens the copy's value").isInstanceOf(MyNumberUnreadable.class);
        }
        assertThat(indexOf(Files.readAllBytes(backup), MY_NUMBER.getBytes(StandardCharsets.US_ASCII)))
                .as("the copy never held the digits in clear").isEqualTo(-1);
    }

    /**
     * The red team's scan, replayed: the sealed values still lying in the live H2 file after the purge, tried
     * with the master key from the data folder and every data key left — none opens. Before the purge the same
     * scan finds the value and opens it, so the scan itself works.
     */
    @Test
    void theLiveDatabaseFileHoldsNothingThatOpensAfterThePurge(@Value("${kakanai.data-dir}") Path dataDir) throws Exception {
        String visitId = json(http().asKiosk().postJson("/api/visits",
                CheckInFixture.json(CheckInFixture.moveInWithMyNumber(MY_NUMBER)))).get("visitId").asText();
        Path file = dataDir.resolve("kakanai.mv.db");
        assertThat(openable(file, visitId)).as("before the purge the scan finds and opens it").contains(MY_NUMBER);

        jdbc.sql("update visit_my_number set stored_at = :at where visit_id = :id")
                .param("at", Instant.now().minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC)).param("id", visitId)
                .update();
        retention.purge("manager");

        assertThat(openable(file, visitId)).isEmpty();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(MY_NUMBER);
    }

    /** Every sealed-looking value in the file that opens for the visit, with any key the server has. */
    private java.util.Set<String> openable(Path file, String visitId) throws IOException {
        jdbc.sql("CHECKPOINT SYNC").update();
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        java.util.Set<String> opened = new java.util.HashSet<>();
        java.util.regex.Matcher candidates = java.util.regex.Pattern.compile("[A-Za-z0-9+/]{54}==").matcher(bytes);
        while (candidates.find()) {
            String candidate = candidates.group();
            tryOpen(() -> cipher.openWithoutDataKey(visitId, candidate)).ifPresent(opened::add);
            for (int slot : dataKeys.keysWrittenBefore(Instant.MAX)) {
                byte[] key = dataKeys.get(slot).orElseThrow();
                tryOpen(() -> cipher.open(visitId, candidate, key)).ifPresent(opened::add);
            }
        }
        return opened;
    }

    private static java.util.Optional<String> tryOpen(java.util.function.Supplier<String> open) {
        try {
            return java.util.Optional.of(open.get());
        } catch (MyNumberUnreadable | IllegalArgumentException notThisOne) {
            return java.util.Optional.empty();
        }
    }

    private static StoredCopy readFromCopy(Path zip, Path folder, String visitId) throws Exception {
        Files.createDirectories(folder);
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, folder.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("kakanai"), "sa", "");
             PreparedStatement query = db.prepareStatement(
                     "select sealed, data_key_slot from visit_my_number where visit_id = ?")) {
            query.setString(1, visitId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the copy holds the sealed number").isTrue();
                return new StoredCopy(row.getString(1), row.getInt(2));
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
