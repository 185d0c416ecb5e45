package jp.kakanai.server.kiosk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Help requests in {@code kiosk_help_request} (V280). */
@Repository
class HelpRequestRepository {
    private static final String COLUMNS = "id, kiosk_id, reason, visit_date, ticket_number, department, requested_at";
    private final JdbcClient jdbc;

    HelpRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws DuplicateKeyException when the id was taken meanwhile (a concurrent retry). */
    void insert(HelpRequest request) {
        jdbc.sql("insert into kiosk_help_request (" + COLUMNS + ") values (:id, :kiosk, :reason, :day, :ticket,"
                        + " :department, :at)")
                .param("id", request.id())
                .param("kiosk", request.kioskId())
                .param("reason", request.reason().id())
                .param("day", request.visitDate())
                .param("ticket", request.ticketNumber())
                .param("department", request.department())
                .param("at", request.requestedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<HelpRequest> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from kiosk_help_request where id = :id").param("id", id)
                .query((rs, row) -> read(rs)).optional();
    }

    List<HelpRequest> ofDay(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from kiosk_help_request where visit_date = :day order by requested_at, id")
                .param("day", day).query((rs, row) -> read(rs)).list();
    }

    private static HelpRequest read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new HelpRequest(rs.getString("id"), rs.getString("kiosk_id"),
                HelpReason.byId(rs.getString("reason")).orElseThrow(), rs.getObject("visit_date", LocalDate.class),
                rs.getString("ticket_number"), rs.getString("department"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant());
    }
}
