package jp.kakanai.publicside;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * The public side refuses to start when its database user can read a table of the staff side's: the point of
 * running it apart (三層の対策) is that a break-in there reaches no resident's data, and a user granted too much —
 * the staff server's own, or {@code sa} — would undo that silently. Checked before the web server opens: each
 * table of {@link #STAFF_TABLES} must be unreadable (no right, or no such table in a replica that carries only
 * the public ones); on PostgreSQL, moreover, no table but {@code public_snapshot} may be granted to it whole, so a
 * table added to the staff side later is covered without being named here ({@code reservation} is granted
 * column by column, without {@code visit_id}).
 */
@Configuration
class StaffTablesOutOfReach implements InitializingBean {
    /** Tables with residents' data, the My Numbers' keys' users, staff accounts and sessions, the access log. */
    static final List<String> STAFF_TABLES = List.of("visit", "visit_facts", "visit_member", "visit_my_number",
            "visit_procedure", "check_in_key", "checklist", "checklist_item", "checklist_event", "interview", "interview_member",
            "queue_event", "queue_open_ticket", "machine_ticket", "visit_town_pack", "printed_form", "privacy_audit", "access_log", "staff_account",
            "staff_password_history", "sign_in_throttle", "spring_session", "spring_session_attributes");
    private final DataSource database;
    private final String url;

    StaffTablesOutOfReach(DataSource database, @Value("${spring.datasource.url:}") String url) {
        this.database = database;
        this.url = url;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (url.isBlank()) {
            throw new IllegalStateException("Kakanai public side: spring.datasource.url is not set. Point it at the staff"
                    + " database (or its replica of public_snapshot and reservation) with the public side's own user"
                    + " (docs/deployment.md, \"The public side\").");
        }
        try (Connection connection = database.getConnection()) {
            List<String> readable = new ArrayList<>(STAFF_TABLES.stream().filter(table -> readable(connection, table)).toList());
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                grantedWhole(connection).stream().filter(table -> !readable.contains(table)).forEach(readable::add);
            }
            if (!readable.isEmpty()) {
                throw new IllegalStateException("Kakanai public side: database user '" + connection.getMetaData().getUserName()
                        + "' can read the staff side's tables " + readable + ". Give the public side a user of its own"
                        + " that may read public_snapshot and book in reservation only (kakanai.public-side.database-user"
                        + " on the staff server grants exactly that; docs/deployment.md).");
            }
        }
    }

    private static List<String> grantedWhole(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "select distinct table_name from information_schema.table_privileges where privilege_type = 'SELECT'"
                        + " and table_schema not in ('pg_catalog', 'information_schema')"
                        + " and table_name not in ('public_snapshot', 'reservation_lock', 'town_pack_version', 'town_pack_file',"
                        + " 'town_pack_activation') order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static boolean readable(Connection connection, String table) {
        try (var statement = connection.createStatement()) {
            statement.executeQuery("select count(*) from " + table + " where 1 = 0").close();
            return true;
        } catch (SQLException refused) {
            rollbackQuietly(connection);
            return false;
        }
    }

    /** On PostgreSQL a failed statement aborts the transaction; with auto-commit on there is none, but be sure. */
    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the next check's own failure would say more than this one
        }
    }
}
