package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Additions in {@code kiosk_visit_addition} (V281). */
@Repository
class VisitAdditionRepository {
    private static final String COLUMNS = "a.id, a.visit_id, a.kiosk_id, a.life_event, a.procedures, a.added_at";
    private final JdbcClient jdbc;

    VisitAdditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(VisitAddition addition) {
        jdbc.sql("insert into kiosk_visit_addition (id, visit_id, kiosk_id, life_event, procedures, added_at)"
                        + " values (:id, :visit, :kiosk, :event, :procedures, :at)")
                .param("id", addition.id()).param("visit", addition.visitId()).param("kiosk", addition.kioskId())
                .param("event", addition.lifeEvent()).param("procedures", String.join(",", addition.procedures()))
                .param("at", addition.addedAt().atOffset(ZoneOffset.UTC)).update();
    }

    Optional<VisitAddition> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from kiosk_visit_addition a where a.id = :id").param("id", id)
                .query((rs, row) -> read(rs)).optional();
    }

    /** The additions to the visits of one day, in the order made. */
    List<VisitAddition> ofDay(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from kiosk_visit_addition a join visit v on v.id = a.visit_id"
                        + " where v.visit_date = :day order by a.added_at, a.id")
                .param("day", day).query((rs, row) -> read(rs)).list();
    }

    private static VisitAddition read(java.sql.ResultSet rs) throws java.sql.SQLException {
        String procedures = rs.getString("procedures");
        return new VisitAddition(rs.getString("id"), rs.getString("visit_id"), rs.getString("kiosk_id"),
                rs.getString("life_event"), procedures.isEmpty() ? List.of() : Arrays.asList(procedures.split(",")),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
