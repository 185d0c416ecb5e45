package jp.kakanai.server.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.HouseholdMember;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.server.api.ApiJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checklists in the {@code checklist}, {@code checklist_item} and {@code checklist_event} tables (see
 * V20__checklist.sql). Updates are conditional on the row version: a stale writer changes nothing.
 */
@Repository
class ChecklistRepository {
    private static final String ITEM_COLUMNS = "item_id, procedure_id, custom_name, department_id, origin, certainty,"
            + " reason_ja, reason_en, concerns, bring, deadline_ja, deadline_en, status, not_needed_reason, note,"
            + " version, updated_at, updated_by";
    private final JdbcClient jdbc;
    private final TownPacks packs;

    ChecklistRepository(JdbcClient jdbc, TownPacks packs) {
        this.jdbc = jdbc;
        this.packs = packs;
    }

    Optional<StoredFacts> facts(String visitId) {
        return jdbc.sql("select visit_id, life_event, answers_json, household_json, card_read, version, updated_at,"
                        + " updated_by from checklist where visit_id = :id")
                .param("id", visitId)
                .query((rs, row) -> new StoredFacts(rs.getString("visit_id"), packs.forVisit(visitId).pack().catalog().lifeEventOrThrow(rs.getString("life_event")),
                        new Answers(readJson(rs.getString("answers_json"), new TypeReference<Map<String, String>>() { })),
                        Optional.ofNullable(rs.getString("household_json")).map(ChecklistRepository::household),
                        rs.getBoolean("card_read"), rs.getInt("version"), instant(rs, "updated_at"),
                        rs.getString("updated_by")))
                .optional();
    }

    void insert(StoredFacts facts) {
        jdbc.sql("insert into checklist (visit_id, life_event, answers_json, household_json, card_read, version,"
                        + " updated_at, updated_by) values (:id, :event, :answers, :household, :cardRead, :version, :at, :by)")
                .params(factParams(facts))
                .update();
    }

    /** Stores the new facts if the stored version is still {@code expectedVersion}; false when stale. */
    boolean update(StoredFacts facts, int expectedVersion) {
        return jdbc.sql("update checklist set answers_json = :answers, household_json = :household,"
                        + " card_read = :cardRead, version = :version, updated_at = :at, updated_by = :by"
                        + " where visit_id = :id and version = :expected")
                .params(factParams(facts)).param("expected", expectedVersion)
                .update() == 1;
    }

    private static Map<String, Object> factParams(StoredFacts facts) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", facts.visitId());
        params.put("event", facts.event().id());
        params.put("answers", writeJson(new TreeMap<>(facts.answers().values())));
        params.put("household", facts.household().map(ChecklistRepository::householdJson).orElse(null));
        params.put("cardRead", facts.cardRead());
        params.put("version", facts.version());
        params.put("at", utc(facts.updatedAt()));
        params.put("by", facts.updatedBy());
        return params;
    }

    List<ChecklistEntry> entries(String visitId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from checklist_item where visit_id = :id order by item_id")
                .param("id", visitId).query((rs, row) -> entry(rs)).list();
    }

    Optional<ChecklistEntry> entry(String visitId, String itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from checklist_item where visit_id = :id and item_id = :item")
                .param("id", visitId).param("item", itemId).query((rs, row) -> entry(rs)).optional();
    }

    void insert(String visitId, ChecklistEntry entry) {
        jdbc.sql("insert into checklist_item (visit_id, " + ITEM_COLUMNS + ") values (:visit, :item, :procedure,"
                        + " :custom, :department, :origin, :certainty, :reasonJa, :reasonEn, :concerns, :bring,"
                        + " :deadlineJa, :deadlineEn, :status, :notNeeded, :note, :version, :at, :by)")
                .params(entryParams(visitId, entry))
                .update();
    }

    /** Stores the entry if its stored version is still {@code expectedVersion}; false when stale or gone. */
    boolean update(String visitId, ChecklistEntry entry, int expectedVersion) {
        return jdbc.sql("update checklist_item set certainty = :certainty, reason_ja = :reasonJa,"
                        + " reason_en = :reasonEn, concerns = :concerns, bring = :bring, deadline_ja = :deadlineJa,"
                        + " deadline_en = :deadlineEn, status = :status, not_needed_reason = :notNeeded, note = :note,"
                        + " version = :version, updated_at = :at, updated_by = :by"
                        + " where visit_id = :visit and item_id = :item and version = :expected")
                .params(entryParams(visitId, entry)).param("expected", expectedVersion)
                .update() == 1;
    }

    void delete(String visitId, String itemId) {
        jdbc.sql("delete from checklist_item where visit_id = :visit and item_id = :item")
                .param("visit", visitId).param("item", itemId).update();
    }

    /** Appends one line to the visit's checklist history. */
    void record(String visitId, String itemId, Instant at, String actor, String action, String status, String detail) {
        jdbc.sql("insert into checklist_event (visit_id, item_id, at, actor, action, status, detail)"
                        + " values (:visit, :item, :at, :actor, :action, :status, :detail)")
                .param("visit", visitId).param("item", itemId).param("at", utc(at)).param("actor", actor)
                .param("action", action).param("status", status).param("detail", detail)
                .update();
    }

    private static Map<String, Object> entryParams(String visitId, ChecklistEntry e) {
        Map<String, Object> params = new HashMap<>();
        params.put("visit", visitId);
        params.put("item", e.itemId());
        params.put("procedure", e.procedureId().orElse(null));
        params.put("custom", e.customName().orElse(null));
        params.put("department", e.departmentId());
        params.put("origin", e.origin().id());
        params.put("certainty", e.certainty().id());
        params.put("reasonJa", e.reason().ja());
        params.put("reasonEn", e.reason().en());
        params.put("concerns", String.join(",", e.concerns()));
        params.put("bring", String.join(",", e.bring()));
        params.put("deadlineJa", e.deadline().map(LocalizedText::ja).orElse(null));
        params.put("deadlineEn", e.deadline().map(LocalizedText::en).orElse(null));
        params.put("status", e.status().id());
        params.put("notNeeded", e.notNeededReason().orElse(null));
        params.put("note", e.note().orElse(null));
        params.put("version", e.version());
        params.put("at", utc(e.updatedAt()));
        params.put("by", e.updatedBy());
        return params;
    }

    private static ChecklistEntry entry(ResultSet rs) throws SQLException {
        String deadlineJa = rs.getString("deadline_ja");
        Optional<LocalizedText> deadline = deadlineJa == null ? Optional.empty()
                : Optional.of(LocalizedText.of(deadlineJa, rs.getString("deadline_en")));
        return new ChecklistEntry(rs.getString("item_id"), Optional.ofNullable(rs.getString("procedure_id")),
                Optional.ofNullable(rs.getString("custom_name")), rs.getString("department_id"),
                ItemOrigin.ofId(rs.getString("origin")), certainty(rs.getString("certainty")),
                LocalizedText.of(rs.getString("reason_ja"), rs.getString("reason_en")),
                list(rs.getString("concerns")), list(rs.getString("bring")), deadline,
                ItemStatus.byId(rs.getString("status")).orElseThrow(),
                Optional.ofNullable(rs.getString("not_needed_reason")), Optional.ofNullable(rs.getString("note")),
                rs.getInt("version"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static ChecklistItem.Certainty certainty(String id) {
        return Arrays.stream(ChecklistItem.Certainty.values()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A household member as stored: the same shape as in the API. */
    record StoredMember(String relationship, LocalDate birthDate, boolean deceased) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased");
        }
    }

    private static String householdJson(Household household) {
        return writeJson(household.members().stream()
                .map(m -> new StoredMember(m.relationship().id(), m.birthDate(), m.deceased())).toList());
    }

    private static Household household(String json) {
        List<StoredMember> members = readJson(json, new TypeReference<List<StoredMember>>() { });
        return new Household(members.stream().map(m -> new HouseholdMember(
                Relationship.byId(m.relationship()).orElseThrow(), m.birthDate(), m.deceased())).toList());
    }

    private static String writeJson(Object value) {
        try {
            return ApiJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T readJson(String json, TypeReference<T> type) {
        try {
            return ApiJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored checklist data is not readable", e);
        }
    }
}
