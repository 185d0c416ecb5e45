package jp.kakanai.server.townpack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kakanai.forms.json.DataFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The town pack versions in the database (V260__town_pack.sql): their files, the one in force, each visit's. */
@Repository
class TownPackStore {
    private final JdbcClient jdbc;

    TownPackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PackVersion> versions() {
        return jdbc.sql("select version, sha256, town_name, source, note, created_at, created_by from town_pack_version"
                + " order by version").query(TownPackStore::version).list();
    }

    Optional<PackVersion> version(int version) {
        return jdbc.sql("select version, sha256, town_name, source, note, created_at, created_by from town_pack_version"
                + " where version = :v").param("v", version).query(TownPackStore::version).optional();
    }

    DataFiles files(int version) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("select path, content from town_pack_file where version = :v").param("v", version)
                .query((rs, row) -> files.put(rs.getString("path"), rs.getString("content"))).list();
        return new DataFiles(files);
    }

    Optional<Integer> active() {
        return jdbc.sql("select version from town_pack_activation order by id desc fetch first 1 rows only")
                .query(Integer.class).optional();
    }

    int nextVersion() {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from town_pack_version").query(Integer.class).single();
    }

    /** Stores a version with all its files (in the caller's transaction). */
    void insert(PackVersion version, DataFiles files) {
        jdbc.sql("insert into town_pack_version (version, sha256, town_name, source, note, created_at, created_by)"
                        + " values (:v, :sha, :town, :source, :note, :at, :by)")
                .param("v", version.version()).param("sha", version.sha256()).param("town", version.townName())
                .param("source", version.source()).param("note", version.note().orElse(null))
                .param("at", utc(version.createdAt())).param("by", version.createdBy()).update();
        files.all().forEach((path, content) -> jdbc.sql("insert into town_pack_file (version, path, content)"
                        + " values (:v, :path, :content)")
                .param("v", version.version()).param("path", path).param("content", content).update());
    }

    /** Puts a version in force; every server follows within its refresh interval. */
    void activate(int version, Instant at, String by) {
        jdbc.sql("insert into town_pack_activation (version, activated_at, activated_by) values (:v, :at, :by)")
                .param("v", version).param("at", utc(at)).param("by", by).update();
    }

    void recordVisit(String visitId, int version, String sha256) {
        jdbc.sql("insert into visit_town_pack (visit_id, version, sha256) values (:id, :v, :sha)")
                .param("id", visitId).param("v", version).param("sha", sha256).update();
    }

    Optional<Integer> versionOfVisit(String visitId) {
        return jdbc.sql("select version from visit_town_pack where visit_id = :id").param("id", visitId)
                .query(Integer.class).optional();
    }

    void recordPrint(String visitId, List<String> formIds, int version, String sha256, Instant at, String by) {
        jdbc.sql("insert into printed_form (visit_id, form_ids, version, sha256, printed_at, printed_by)"
                        + " values (:id, :forms, :v, :sha, :at, :by)")
                .param("id", visitId).param("forms", String.join(",", formIds)).param("v", version)
                .param("sha", sha256).param("at", utc(at)).param("by", by).update();
    }

    private static PackVersion version(ResultSet rs, int row) throws SQLException {
        return new PackVersion(rs.getInt("version"), rs.getString("sha256"), rs.getString("town_name"),
                rs.getString("source"), Optional.ofNullable(rs.getString("note")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
