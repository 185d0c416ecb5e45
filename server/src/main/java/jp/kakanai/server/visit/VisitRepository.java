package jp.kakanai.server.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.queue.TicketNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Visits in the {@code visit} and {@code visit_procedure} tables (see V1__visits.sql; V40 adds
 * {@code desk_clerk} for visits a clerk starts at the desk, where {@code kiosk_id} is null).
 */
@Repository
public class VisitRepository {
    private static final String COLUMNS = "id, ticket_number, visit_date, checked_in_at, kiosk_id, desk_clerk, life_event,"
            + " resident_name, resident_address, birth_date, sex";
    private final JdbcClient jdbc;

    public VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Visit visit) {
        jdbc.sql("insert into visit (" + COLUMNS + ") values (:id, :ticket, :date, :at, :kiosk, :clerk, :event,"
                        + " :name, :address, :birthDate, :sex)")
                .param("id", visit.id())
                .param("ticket", visit.ticket().toString())
                .param("date", visit.visitDate())
                .param("at", visit.checkedInAt().atOffset(ZoneOffset.UTC))
                .param("kiosk", visit.kioskId().orElse(null))
                .param("clerk", visit.origin().kind() == VisitOrigin.Kind.DESK ? visit.origin().by() : null)
                .param("event", visit.lifeEvent())
                .param("name", visit.resident().name())
                .param("address", visit.resident().address())
                .param("birthDate", visit.resident().birthDate())
                .param("sex", visit.resident().sex().iso5218())
                .update();
        insertProcedures(visit.id(), visit.procedures());
    }

    public Optional<Visit> findById(String id) {
        // Procedures first, then the row: a query inside the row mapper would take a second pooled connection
        // outside a transaction, and ten such requests at once held all ten and waited for an eleventh.
        List<String> procedures = proceduresOf(id);
        return jdbc.sql("select " + COLUMNS + " from visit where id = :id").param("id", id)
                .query((rs, row) -> read(rs, procedures))
                .optional();
    }

    /** The visit, or a 404 answer naming the id. */
    public Visit require(String id) {
        return findById(id).orElseThrow(() -> ApiProblem.notFound("No visit with id '" + id + "'."));
    }

    /** The visits of one Asia/Tokyo day in check-in order. */
    public List<Visit> findByDate(LocalDate date) {
        return findByDate(date, Optional.empty());
    }

    /**
     * The visits of one day in check-in order; with departments, only those with work for one of them on their
     * checklist (an item not marked not needed) — chosen in the database: asking each visit's checklist
     * after reading the whole day cost two queries per visit of the day on every poll of a department's list.
     */
    List<Visit> findByDate(LocalDate date, Optional<Set<String>> departments) {
        Map<String, List<String>> procedures = new HashMap<>();
        jdbc.sql("select p.visit_id, p.procedure_id from visit_procedure p join visit v on v.id = p.visit_id"
                        + " where v.visit_date = :date" + forDepartments("v", departments) + " order by p.visit_id, p.ordinal")
                .params(dayAndDepartments(date, departments))
                .query(rs -> {
                    procedures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select " + COLUMNS + " from visit where visit_date = :date" + forDepartments("visit", departments)
                        + " order by checked_in_at, id")
                .params(dayAndDepartments(date, departments))
                .query((rs, row) -> read(rs, procedures.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    /** The condition "has work for one of these departments" on the visit table under {@code alias}. */
    private static String forDepartments(String alias, Optional<Set<String>> departments) {
        return departments.map(d -> " and exists (select 1 from checklist_item i where i.visit_id = " + alias
                + ".id and i.status <> 'not-needed' and i.department_id in (:departments))").orElse("");
    }

    private static Map<String, Object> dayAndDepartments(LocalDate date, Optional<Set<String>> departments) {
        Map<String, Object> params = new HashMap<>();
        params.put("date", date);
        // An empty set would be "in ()", which is no SQL: a department nobody has stands in for it.
        departments.ifPresent(d -> params.put("departments", d.isEmpty() ? List.of("") : List.copyOf(d)));
        return params;
    }

    /** One page of a day's visits, in check-in order or newest first. */
    List<Visit> findPageByDate(LocalDate date, VisitPage page, Optional<Set<String>> departments) {
        List<Visit> rows = jdbc.sql("select " + COLUMNS + " from visit where visit_date = :date"
                        + forDepartments("visit", departments) + " order by checked_in_at"
                        + (page.newestFirst() ? " desc, id desc" : ", id") + " limit :limit offset :offset")
                .params(dayAndDepartments(date, departments)).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> read(rs, List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> procedures = new HashMap<>();
        jdbc.sql("select visit_id, procedure_id from visit_procedure where visit_id in (:ids) order by visit_id, ordinal")
                .param("ids", rows.stream().map(Visit::id).toList())
                .query(rs -> {
                    procedures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(v -> new Visit(v.id(), v.ticket(), v.visitDate(), v.checkedInAt(), v.origin(),
                v.lifeEvent(), v.resident(), procedures.getOrDefault(v.id(), List.of()))).toList();
    }

    int countByDate(LocalDate date, Optional<Set<String>> departments) {
        return jdbc.sql("select count(*) from visit where visit_date = :date" + forDepartments("visit", departments))
                .params(dayAndDepartments(date, departments)).query(Integer.class).single();
    }

    /** Today's (or any day's) visit with this ticket number, as printed on the resident's slip. */
    public Optional<Visit> findByTicket(LocalDate date, String ticketNumber) {
        return jdbc.sql("select id from visit where visit_date = :date and ticket_number = :ticket")
                .param("date", date).param("ticket", ticketNumber).query(String.class).optional()
                .flatMap(this::findById);
    }

    /** Corrects the resident's data a clerk typed in; a visit keeps its id, ticket and procedures. */
    public void updateResident(String visitId, BasicFourInfo resident) {
        jdbc.sql("update visit set resident_name = :name, resident_address = :address, birth_date = :birthDate,"
                        + " sex = :sex where id = :id")
                .param("name", resident.name()).param("address", resident.address())
                .param("birthDate", resident.birthDate()).param("sex", resident.sex().iso5218())
                .param("id", visitId).update();
    }

    /**
     * Replaces the visit's procedures, in walking order, as the visit list shows them with their forms. The
     * counter interview settles them only when the resident has confirmed, long after the ticket was issued.
     */
    public void replaceProcedures(String visitId, List<String> procedures) {
        jdbc.sql("delete from visit_procedure where visit_id = :id").param("id", visitId).update();
        insertProcedures(visitId, procedures);
    }

    private void insertProcedures(String visitId, List<String> procedures) {
        for (int i = 0; i < procedures.size(); i++) {
            jdbc.sql("insert into visit_procedure (visit_id, ordinal, procedure_id) values (:id, :ordinal, :procedure)")
                    .param("id", visitId).param("ordinal", i).param("procedure", procedures.get(i))
                    .update();
        }
    }

    private List<String> proceduresOf(String visitId) {
        return jdbc.sql("select procedure_id from visit_procedure where visit_id = :id order by ordinal")
                .param("id", visitId).query(String.class).list();
    }

    private static Visit read(ResultSet rs, List<String> procedures) throws SQLException {
        return new Visit(
                rs.getString("id"),
                TicketNumber.parse(rs.getString("ticket_number")),
                rs.getObject("visit_date", LocalDate.class),
                rs.getObject("checked_in_at", OffsetDateTime.class).toInstant(),
                rs.getString("kiosk_id") != null ? VisitOrigin.kiosk(rs.getString("kiosk_id"))
                        : VisitOrigin.desk(rs.getString("desk_clerk")),
                rs.getString("life_event"),
                new BasicFourInfo(rs.getString("resident_name"), rs.getString("resident_address"),
                        rs.getObject("birth_date", LocalDate.class), Sex.ofIso5218(rs.getString("sex"))),
                procedures);
    }
}
