package jp.kakanai.server.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.resident.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A visit's facts in {@code visit_facts} and its household in {@code visit_member} (V230__visit_facts.sql). */
@Repository
public class VisitFactsRepository {
    private static final String ADDRESS = "text, postcode, machiaza_id, chome, block, residence, chiban, building";
    private final JdbcClient jdbc;

    public VisitFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The visit's facts; {@link VisitFacts#none()} for a visit that has none stored. */
    public VisitFacts find(String visitId) {
        List<Member> members = jdbc.sql("select relationship, birth_date, sex, name, kana, deceased, householder, kinship"
                        + " from visit_member where visit_id = :id order by ordinal")
                .param("id", visitId)
                .query((rs, row) -> new Member(rs.getString("relationship"), rs.getObject("birth_date", LocalDate.class),
                        Optional.ofNullable(rs.getString("sex")).map(Sex::ofIso5218),
                        Optional.ofNullable(rs.getString("name")), Optional.ofNullable(rs.getString("kana")),
                        rs.getBoolean("deceased"), rs.getBoolean("householder"), Optional.ofNullable(rs.getString("kinship"))))
                .list();
        return jdbc.sql("select * from visit_facts where visit_id = :id").param("id", visitId)
                .query((rs, row) -> read(rs, members)).optional().orElse(VisitFacts.none());
    }

    /** Stores the visit's facts, replacing what was stored. */
    public void save(String visitId, VisitFacts facts) {
        jdbc.sql("delete from visit_member where visit_id = :id").param("id", visitId).update();
        jdbc.sql("delete from visit_facts where visit_id = :id").param("id", visitId).update();
        Map<String, Object> params = new HashMap<>();
        params.put("visit", visitId);
        params.put("kana", facts.kana().orElse(null));
        params.put("postcode", facts.postcode().orElse(null));
        params.put("phone", facts.phone().orElse(null));
        params.put("known", facts.household().isPresent());
        params.put("applicantKinship", facts.household().flatMap(Household::applicantKinship).orElse(null));
        params.put("householderName", facts.householderName().orElse(null));
        params.put("eventDate", facts.event().date().orElse(null));
        Optional<MoveFacts> move = facts.event().move();
        params.put("moveDate", move.flatMap(MoveFacts::date).orElse(null));
        address(params, "new", move.flatMap(MoveFacts::newAddress));
        address(params, "previous", move.flatMap(MoveFacts::previousAddress));
        jdbc.sql("insert into visit_facts (visit_id, resident_kana, postcode, phone, household_known, applicant_kinship,"
                        + " householder_name, event_date, move_date, " + columns("new") + ", " + columns("previous") + ")"
                        + " values (:visit, :kana, :postcode, :phone, :known, :applicantKinship, :householderName,"
                        + " :eventDate, :moveDate, " + parameters("new") + ", " + parameters("previous") + ")")
                .params(params).update();
        List<Member> members = facts.household().map(Household::members).orElse(List.of());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            jdbc.sql("insert into visit_member (visit_id, ordinal, relationship, birth_date, sex, name, kana, deceased,"
                            + " householder, kinship) values (:visit, :ordinal, :relationship, :birthDate, :sex, :name,"
                            + " :kana, :deceased, :householder, :kinship)")
                    .param("visit", visitId).param("ordinal", i).param("relationship", m.relationship())
                    .param("birthDate", m.birthDate()).param("sex", m.sex().map(Sex::iso5218).orElse(null))
                    .param("name", m.name().orElse(null)).param("kana", m.kana().orElse(null))
                    .param("deceased", m.isDeceased()).param("householder", m.isHouseholder())
                    .param("kinship", m.kinship().orElse(null))
                    .update();
        }
    }

    private static String columns(String prefix) {
        return String.join(", ", java.util.Arrays.stream(ADDRESS.split(", ")).map(c -> prefix + "_" + c).toList());
    }

    private static String parameters(String prefix) {
        return String.join(", ", java.util.Arrays.stream(ADDRESS.split(", ")).map(c -> ":" + prefix + "_" + c).toList());
    }

    private static void address(Map<String, Object> params, String prefix, Optional<Address> address) {
        params.put(prefix + "_text", address.flatMap(Address::text).orElse(null));
        params.put(prefix + "_postcode", address.flatMap(Address::postcode).orElse(null));
        params.put(prefix + "_machiaza_id", address.flatMap(Address::machiazaId).orElse(null));
        params.put(prefix + "_chome", address.flatMap(Address::chome).orElse(null));
        params.put(prefix + "_block", address.flatMap(Address::block).orElse(null));
        params.put(prefix + "_residence", address.flatMap(Address::residence).orElse(null));
        params.put(prefix + "_chiban", address.flatMap(Address::chiban).orElse(null));
        params.put(prefix + "_building", address.flatMap(Address::building).orElse(null));
    }

    private static VisitFacts read(ResultSet rs, List<Member> members) throws SQLException {
        Optional<Household> household = rs.getBoolean("household_known")
                ? Optional.of(new Household(members, Optional.ofNullable(rs.getString("applicant_kinship"))))
                : Optional.empty();
        MoveFacts move = new MoveFacts(Optional.ofNullable(rs.getObject("move_date", LocalDate.class)),
                readAddress(rs, "new"), readAddress(rs, "previous"));
        return new VisitFacts(Optional.ofNullable(rs.getString("resident_kana")), Optional.ofNullable(rs.getString("postcode")),
                Optional.ofNullable(rs.getString("phone")), household, Optional.ofNullable(rs.getString("householder_name")),
                new EventFacts(Optional.ofNullable(rs.getObject("event_date", LocalDate.class)), Optional.of(move)));
    }

    private static Optional<Address> readAddress(ResultSet rs, String prefix) throws SQLException {
        Optional<String> text = Optional.ofNullable(rs.getString(prefix + "_text"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Address(text, Optional.ofNullable(rs.getString(prefix + "_postcode")),
                Optional.ofNullable(rs.getString(prefix + "_machiaza_id")), integer(rs, prefix + "_chome"),
                integer(rs, prefix + "_block"), integer(rs, prefix + "_residence"),
                Optional.ofNullable(rs.getString(prefix + "_chiban")), Optional.ofNullable(rs.getString(prefix + "_building"))));
    }

    private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
