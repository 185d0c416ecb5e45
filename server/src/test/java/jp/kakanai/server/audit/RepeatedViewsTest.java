package jp.kakanai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepeatedViewsTest {
    private static final Instant NOON = Instant.parse("2026-12-04T03:00:00Z");
    private final RepeatedViews views = new RepeatedViews();

    private static AccessRecord record(AccessAction action, String actor, Instant at) {
        return new AccessRecord(at, actor, action, Optional.of("0f8fad5b-d9cb-469f-a165-70867728950e"), "", 200,
                Optional.empty());
    }

    @Test
    void aPageRefreshingTheSameViewIsOneRecordUntilTheWindowEnds() {
        assertThat(views.needsRecord(record(AccessAction.VIEW_CHECKLIST, "clerk", NOON))).isTrue();
        assertThat(views.needsRecord(record(AccessAction.VIEW_CHECKLIST, "clerk", NOON.plusSeconds(20)))).isFalse();
        assertThat(views.needsRecord(record(AccessAction.VIEW_CHECKLIST, "manager", NOON.plusSeconds(20))))
                .as("another person").isTrue();
        assertThat(views.needsRecord(record(AccessAction.VIEW_CHECKLIST, "clerk",
                NOON.plus(RepeatedViews.WINDOW).plusSeconds(1)))).isTrue();
    }

    @Test
    void printsAndMyNumberUsesAreNeverFolded() {
        assertThat(views.needsRecord(record(AccessAction.PRINT_FORM, "clerk", NOON))).isTrue();
        assertThat(views.needsRecord(record(AccessAction.PRINT_FORM, "clerk", NOON))).isTrue();
        assertThat(views.needsRecord(record(AccessAction.MY_NUMBER_USE, "clerk", NOON))).isTrue();
        assertThat(views.needsRecord(record(AccessAction.MY_NUMBER_USE, "clerk", NOON))).isTrue();
    }

    @Test
    void aViewWhoseRecordFailedIsRecordedAtItsNextCall() {
        AccessRecord view = record(AccessAction.VIEW_VISIT, "clerk", NOON);
        assertThat(views.needsRecord(view)).isTrue();
        views.forget(view);
        assertThat(views.needsRecord(record(AccessAction.VIEW_VISIT, "clerk", NOON.plusSeconds(1)))).isTrue();
    }
}
