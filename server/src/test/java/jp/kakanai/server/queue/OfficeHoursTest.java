package jp.kakanai.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.junit.jupiter.api.Test;

/** The office day's two times as a town writes them, checked at start-up with a message naming the property. */
class OfficeHoursTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void unsetTheyAreTheTownDefaultsReceptionAt1715AndTheDayAt2000() {
        OfficeHours hours = new QueueProperties(Map.of(), null, null, null).officeHours();
        assertThat(hours.receptionEnds()).hasToString("17:15");
        assertThat(hours.dayEnds()).hasToString("20:00");
        assertThat(hours.receptionOpenAt(at("17:14:59.999"))).isTrue();
        assertThat(hours.receptionOpenAt(at("17:15"))).isFalse();
        assertThat(hours.receptionEnds().japanese()).isEqualTo("17時15分");
        assertThat(hours.dayEnds().japanese()).isEqualTo("20時");
    }

    @Test
    void aTownThatSetOnlyTheClosingTimeKeepsReceptionOpenUntilThen() {
        OfficeHours hours = new QueueProperties(Map.of(), null, "17:00", null).officeHours();
        assertThat(hours).isEqualTo(new OfficeHours(TimeOfDay.of(17, 0), TimeOfDay.of(17, 0)));
    }

    @Test
    void midnightAtTheDaysEndIsWritten2400AndKeepsReceptionOpenAllDay() {
        OfficeHours hours = new QueueProperties(Map.of(), null, "24:00", "24:00").officeHours();
        assertThat(hours.receptionOpenAt(at("23:59:59.999"))).isTrue();
        assertThat(hours.receptionOpenAt(DAY.atStartOfDay(OfficeClock.ZONE).toInstant())).as("the next day's start")
                .isTrue();
        assertThat(hours.dayEndsOn(DAY)).isEqualTo(DAY.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant());
        assertThat(hours.dayEnds()).hasToString("24:00");
    }

    @Test
    void receptionAfterTheDaysEndStopsTheStartUpNamingBothProperties() {
        assertThatThrownBy(() -> new QueueProperties(Map.of(), null, "20:00", "20:30"))
                .hasMessageContaining("kakanai.queue.reception-ends (20:30) must not be after kakanai.queue.closing-time"
                        + " (20:00)");
    }

    @Test
    void aTimeThatIsNotOneIsRefusedNamingTheProperty() {
        for (String wrong : new String[] {"5pm", "17:60", "24:01", "25:00", "17"}) {
            assertThatThrownBy(() -> new QueueProperties(Map.of(), null, null, wrong)).as(wrong)
                    .hasMessageContaining("kakanai.queue.reception-ends must be a time of day").hasMessageContaining(wrong);
        }
        assertThatThrownBy(() -> OfficeHours.of(Optional.empty(), Optional.of("8 pm")))
                .hasMessageContaining("kakanai.queue.closing-time");
        assertThat(new QueueProperties(Map.of(), null, " 19:30:15 ", "")).extracting(p -> p.officeHours().dayEnds())
                .hasToString("19:30:15");
    }

    private static java.time.Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(OfficeClock.ZONE).toInstant();
    }
}
