package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kiosk sessions in {@code kiosk_session} (V282). */
@Repository
class KioskSessionRepository {
    private final JdbcClient jdbc;

    KioskSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a report with this id is stored already (a resent one). */
    boolean insert(String kioskId, KioskSessionReport r) {
        try {
            jdbc.sql("insert into kiosk_session (id, kiosk_id, local_date, started_at, ended_at, seconds_to_ticket,"
                            + " outcome, end_reason, last_screen, life_event, language, taps, keystrokes, wrong_pins, screens)"
                            + " values (:id, :kiosk, :day, :started, :ended, :ticket, :outcome, :reason, :screen, :event,"
                            + " :language, :taps, :keys, :wrongPins, :screens)")
                    .param("id", r.id()).param("kiosk", kioskId).param("day", OfficeClock.dayOf(r.startedAt()))
                    .param("started", r.startedAt().atOffset(ZoneOffset.UTC)).param("ended", r.endedAt().atOffset(ZoneOffset.UTC))
                    .param("ticket", r.secondsToTicket()).param("outcome", r.outcome()).param("reason", r.endReason())
                    .param("screen", r.lastScreen()).param("event", r.lifeEvent()).param("language", r.language())
                    .param("taps", r.taps()).param("keys", r.keys()).param("wrongPins", r.wrongPins())
                    .param("screens", r.screens())
                    .update();
            return true;
        } catch (DuplicateKeyException resent) {
            return false;
        }
    }

    /** What the figures need of each session of the period (both days included). */
    record Row(String outcome, Optional<Long> secondsToTicket, Optional<String> lastScreen, Optional<String> lifeEvent,
               Optional<String> language, int taps, int wrongPins) {
    }

    List<Row> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select outcome, seconds_to_ticket, last_screen, life_event, language, taps, wrong_pins"
                        + " from kiosk_session where local_date between :from and :to")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getString(1), Optional.ofNullable((Number) rs.getObject(2)).map(Number::longValue),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), rs.getInt(6), rs.getInt(7)))
                .list();
    }
}
