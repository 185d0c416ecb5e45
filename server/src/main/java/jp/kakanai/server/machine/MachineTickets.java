package jp.kakanai.server.machine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.kakanai.server.OfficeClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The machine's tickets ({@code machine_ticket}, V223). */
@Repository
class MachineTickets {
    private final JdbcClient jdbc;

    MachineTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROW = "visit_id, purpose, department, ticket_number, issued_at, reservation";

    /** A ticket as stored. */
    record Row(String visitId, String purpose, String department, String ticketNumber, Instant issuedAt,
               Optional<String> reservation) {
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString(6)));
    }

    /**
     * Claims the kiosk's key for a new ticket. A concurrent transaction holding the same key makes this
     * wait until it ends, then fail with a duplicate key if it committed.
     */
    void claim(String visitId, String kioskId, Optional<String> key, String purpose, String department,
               Optional<String> reservation, Instant at) {
        jdbc.sql("insert into machine_ticket (visit_id, kiosk_id, idempotency_key, purpose, department, reservation,"
                        + " issued_at) values (:visit, :kiosk, :key, :purpose, :department, :reservation, :at)")
                .param("visit", visitId).param("kiosk", kioskId).param("key", key.orElse(null))
                .param("purpose", purpose).param("department", department).param("reservation", reservation.orElse(null))
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** The ticket a reservation became. */
    Optional<Row> byReservation(String code) {
        return jdbc.sql("select " + ROW + " from machine_ticket where reservation = :code and ticket_number is not null")
                .param("code", code).query((rs, n) -> row(rs)).optional();
    }

    void numbered(String visitId, String ticketNumber, Instant at) {
        jdbc.sql("update machine_ticket set ticket_number = :number, issued_at = :at where visit_id = :visit")
                .param("number", ticketNumber).param("at", at.atOffset(ZoneOffset.UTC)).param("visit", visitId).update();
    }

    Optional<Row> byKey(String kioskId, String key) {
        return jdbc.sql("select " + ROW + " from machine_ticket where kiosk_id = :kiosk and idempotency_key = :key")
                .param("kiosk", kioskId).param("key", key).query((rs, n) -> row(rs)).optional();
    }

    /** The tickets issued on a day (Asia/Tokyo), in order of issue. */
    List<Row> ofDay(LocalDate day) {
        return jdbc.sql("select " + ROW + " from machine_ticket where issued_at >= :from and issued_at < :to"
                        + " and ticket_number is not null order by issued_at, ticket_number")
                .param("from", day.atStartOfDay(OfficeClock.ZONE).toOffsetDateTime())
                .param("to", day.plusDays(1).atStartOfDay(OfficeClock.ZONE).toOffsetDateTime())
                .query((rs, n) -> row(rs)).list();
    }
}
