package jp.kakanai.server.publicqueue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;

/**
 * The public answers carry an ETag worked out from the published snapshot: a board or phone sending it back gets
 * 304 and no body while the answer is the same, the full answer with a new tag once it changed; caches may keep
 * an answer one second, as long as the snapshot itself is cached.
 */
class PublicAnswersCachingOverHttpTest extends ServerHttpTest {

    @Test
    void theBoardTicketStatusAndCongestionAnswer304WhileNothingChanged() {
        String ticket = checkIn();
        for (String path : List.of("/api/board", "/api/board/tickets/" + ticket)) {
            assertThat(notModifiedOnceAsked(path)).as(path).isTrue();
        }
        // 混雑状況 carries its "as of" time, which moves with each publication: here (max-age 0, a publication per
        // request) every answer is new, so it is tagged but never a 304; behind the one-second cache it is
        // (PublicSideApartTest, where the public side runs with the default max-age).
        notModifiedOnceAsked("/api/congestion");
    }

    @Test
    void aChangeOnTheBoardGivesTheFullAnswerWithANewTag() {
        HttpResponse<String> before = http().get("/api/board");
        String tag = before.headers().firstValue("ETag").orElseThrow();
        checkIn();

        HttpResponse<String> after = http().get("/api/board", "If-None-Match", tag);

        assertThat(after.statusCode()).as("one more waiting at 市民課").isEqualTo(200);
        assertThat(after.body()).isNotEmpty();
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(http().get("/api/board", "If-None-Match", "\"0123456789abcdef0123456789abcdef\"").statusCode())
                .as("a tag of no answer").isEqualTo(200);
    }

    @Test
    void aTicketNoLongerWaitingIsA404WithoutATag() {
        HttpResponse<String> missing = http().get("/api/board/tickets/Z-999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    /**
     * Asked with the tag just received, the same answer is a 304 without a body, with the same tag and cache
     * rules. Retried a few times: a minute shown on the board may tick over between two requests.
     */
    private boolean notModifiedOnceAsked(String path) {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> first = http().get(path);
            assertThat(first.statusCode()).as(path + ": " + first.body()).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=1, must-revalidate");
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertThat(tag).as(path).matches("\"[0-9a-f]{32}\"");

            HttpResponse<String> again = http().get(path, "If-None-Match", tag);
            if (again.statusCode() == 304) {
                assertThat(again.body()).as(path).isEmpty();
                assertThat(again.headers().firstValue("ETag")).as(path).hasValue(tag);
                assertThat(again.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=1, must-revalidate");
                return true;
            }
            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(again.headers().firstValue("ETag")).as(path + ": 200 only for another answer").isNotEqualTo(tag);
        }
        return false;
    }

    private String checkIn() {
        var receipt = http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(CheckInFixture.resident(), "move-in", List.of("resident-move-in"))));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        return json(receipt).get("ticketNumber").asText();
    }
}
