package jp.kakanai.server.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the public side's database user may do ({@code kakanai.public-side.database-user}, issue 19 §5), granted by
 * the staff server at every start after the migrations, so that a table a later migration creates anew never leaves
 * the public side without its rights, nor with more: read the published queue ({@code public_snapshot}) and the
 * town pack's versions ({@code town_pack_version}, {@code town_pack_file}, {@code town_pack_activation}: the town's
 * configuration, no resident's data; not which visit used which version), and book
 * and cancel in {@code reservation} — on PostgreSQL without its {@code visit_id} column, the ticket a booking
 * became — with the department row lock that keeps a slot's last place for one phone ({@code reservation_lock}).
 * Nothing else: no visit, no My Number, no account, no session, no log. The user must exist (the DBA creates it,
 * with its password, docs/deployment.md); the public side itself checks at its start that it can read no staff
 * table ({@code jp.kakanai.publicside.StaffTablesOutOfReach}). H2 grants whole tables only; PostgreSQL is the
 * database of a town that runs the two sides apart.
 */
@Component
class PublicSideGrants implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(PublicSideGrants.class);
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String BOOKING_COLUMNS = "code, item, department, slot_start, slot_end, created_at, cancelled_at, used_at";
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final String user;

    PublicSideGrants(JdbcClient jdbc, DataSource dataSource, @Value("${kakanai.public-side.database-user:}") String user) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.user = user.strip();
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (user.isEmpty()) {
            return;
        }
        if (!ROLE_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("Kakanai configuration: kakanai.public-side.database-user must be a plain"
                    + " database user name (letters, digits, _), got '" + user + "'");
        }
        grants(product()).forEach(sql -> jdbc.sql(sql).update());
        LOG.info("Public side's database user {}: may read public_snapshot and book in reservation, nothing else", user);
    }

    private List<String> grants(String product) {
        if (product.equals("PostgreSQL")) {
            return List.of("grant select on public_snapshot to " + user,
                    "grant select on town_pack_version to " + user, "grant select on town_pack_file to " + user,
                    "grant select on town_pack_activation to " + user,
                    "grant select (" + BOOKING_COLUMNS + "), insert (" + BOOKING_COLUMNS + "), update (cancelled_at)"
                            + " on reservation to " + user,
                    "grant select, insert, update on reservation_lock to " + user);
        }
        return List.of("grant select on public_snapshot to " + user,
                "grant select on town_pack_version to " + user, "grant select on town_pack_file to " + user,
                "grant select on town_pack_activation to " + user,
                "grant select, insert, update on reservation to " + user,
                "grant select, insert, update on reservation_lock to " + user);
    }

    private String product() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
