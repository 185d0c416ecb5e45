package jp.kakanai.server.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reservations ({@code reservation}, V224) and the per-department lock rows booking takes. */
@Repository
class ReservationRepository {
    private static final String COLUMNS = "code, item, department, slot_start, slot_end, created_at, cancelled_at, used_at";
    private final JdbcClient jdbc;

    ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Reservation r) {
        jdbc.sql("insert into reservation (" + COLUMNS + ") values (:code, :item, :department, :start, :end, :created,"
                        + " null, null)")
                .param("code", r.code()).param("item", r.item()).param("department", r.department())
                .param("start", utc(r.start())).param("end", utc(r.end())).param("created", utc(r.createdAt()))
                .update();
    }

    Optional<Reservation> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from reservation where code = :code").param("code", code)
                .query((rs, n) -> read(rs)).optional();
    }

    /** Active reservations per slot start of a department between two instants. */
    Map<Instant, Integer> bookedPerSlot(String department, Instant from, Instant to) {
        Map<Instant, Integer> booked = new HashMap<>();
        jdbc.sql("select slot_start, count(*) from reservation where department = :department and slot_start >= :from"
                        + " and slot_start < :to and cancelled_at is null group by slot_start")
                .param("department", department).param("from", utc(from)).param("to", utc(to))
                .query(rs -> {
                    booked.put(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2));
                });
        return booked;
    }

    boolean cancel(String code, Instant at) {
        return jdbc.sql("update reservation set cancelled_at = :at where code = :code and cancelled_at is null"
                        + " and used_at is null").param("at", utc(at)).param("code", code).update() == 1;
    }

    boolean use(String code, String visitId, Instant at) {
        return jdbc.sql("update reservation set used_at = :at, visit_id = :visit where code = :code"
                        + " and cancelled_at is null and used_at is null")
                .param("at", utc(at)).param("visit", visitId).param("code", code).update() == 1;
    }

    /** Serialises bookings at one department, across servers sharing the database. */
    void lock(String department) {
        jdbc.sql("select department from reservation_lock where department = :d for update").param("d", department)
                .query(String.class).list();
    }

    void ensureLock(String department) {
        try {
            jdbc.sql("insert into reservation_lock (department) select cast(:d as varchar(32))"
                    + " where not exists (select 1 from reservation_lock where department = :d)").param("d", department)
                    .update();
        } catch (DuplicateKeyException anotherServerWasFaster) {
            // the row exists, which is all that is needed
        }
    }

    private static Reservation read(ResultSet rs) throws SQLException {
        return new Reservation(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                instant(rs, 6), Optional.ofNullable(rs.getObject(7, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
