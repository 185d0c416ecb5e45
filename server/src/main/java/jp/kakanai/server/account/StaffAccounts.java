package jp.kakanai.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import jp.kakanai.forms.text.Redacted;

/** The staff accounts ({@code staff_account}, V252) and their password history. */
@Repository
public class StaffAccounts {
    private static final String COLUMNS = "username, display_name, source, password_hash, roles, departments, enabled,"
            + " must_change_password, totp_secret, failed_sign_ins, locked_until";
    private final JdbcClient jdbc;

    public StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = :u").param("u", username)
                .query(StaffAccounts::map).optional();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from staff_account order by username").query(StaffAccounts::map).list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from staff_account where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    public void insert(StaffAccount account, Instant at, String by) {
        jdbc.sql("insert into staff_account (username, display_name, source, password_hash, roles, departments, enabled,"
                        + " must_change_password, password_changed_at, failed_sign_ins, created_at, created_by, updated_at,"
                        + " updated_by) values (:u, :name, :source, :hash, :roles, :departments, :enabled, :change, :at, 0,"
                        + " :at, :by, :at, :by)")
                .param("u", account.username()).param("name", account.displayName()).param("source", account.source().id())
                .param("hash", account.passwordHash().orElse(null)).param("roles", join(account.roles()))
                .param("departments", String.join(",", account.departments())).param("enabled", account.enabled())
                .param("change", account.mustChangePassword()).param("at", utc(at)).param("by", by).update();
        account.passwordHash().ifPresent(hash -> remember(account.username(), hash, at));
    }

    public void updateAccess(String username, String displayName, Set<StaffRole> roles, Set<String> departments,
                             boolean enabled, Instant at, String by) {
        jdbc.sql("update staff_account set display_name = :name, roles = :roles, departments = :departments,"
                        + " enabled = :enabled, updated_at = :at, updated_by = :by where username = :u")
                .param("name", displayName).param("roles", join(roles)).param("departments", String.join(",", departments))
                .param("enabled", enabled).param("at", utc(at)).param("by", by).param("u", username).update();
    }

    public void setPassword(String username, String hash, boolean mustChange, Instant at, String by) {
        jdbc.sql("update staff_account set password_hash = :hash, must_change_password = :change,"
                        + " password_changed_at = :at, failed_sign_ins = 0, locked_until = null, updated_at = :at,"
                        + " updated_by = :by where username = :u")
                .param("hash", hash).param("change", mustChange).param("at", utc(at)).param("by", by)
                .param("u", username).update();
        remember(username, hash, at);
    }

    /** The hashes of the last passwords, newest first. */
    public List<String> recentPasswords(String username, int count) {
        return jdbc.sql("select password_hash from staff_password_history where username = :u order by changed_at desc"
                + " fetch first " + count + " rows only").param("u", username).query(String.class).list();
    }

    private void remember(String username, String hash, Instant at) {
        jdbc.sql("insert into staff_password_history (username, password_hash, changed_at) values (:u, :hash, :at)")
                .param("u", username).param("hash", hash).param("at", utc(at)).update();
    }

    /** A failed sign-in: the count so far, and a lock until {@code lockUntil} when it is given. */
    public int failedSignIn(String username, Optional<Instant> lockUntil) {
        if (lockUntil.isPresent()) {
            jdbc.sql("update staff_account set failed_sign_ins = failed_sign_ins + 1, locked_until = :until"
                    + " where username = :u").param("until", utc(lockUntil.get())).param("u", username).update();
        } else {
            jdbc.sql("update staff_account set failed_sign_ins = failed_sign_ins + 1 where username = :u")
                    .param("u", username).update();
        }
        return jdbc.sql("select failed_sign_ins from staff_account where username = :u").param("u", username)
                .query(Integer.class).optional().orElse(0);
    }

    public void signedIn(String username) {
        jdbc.sql("update staff_account set failed_sign_ins = 0, locked_until = null where username = :u")
                .param("u", username).update();
    }

    public void unlock(String username, Instant at, String by) {
        jdbc.sql("update staff_account set failed_sign_ins = 0, locked_until = null, updated_at = :at, updated_by = :by"
                + " where username = :u").param("at", utc(at)).param("by", by).param("u", username).update();
    }

    /** The sealed TOTP secret and the last step used; empty when the account has no second factor. */
    public Optional<SecondFactor> secondFactor(String username) {
        return jdbc.sql("select totp_secret, coalesce(totp_last_step, 0) from staff_account where username = :u"
                        + " and totp_secret is not null").param("u", username)
                .query((rs, row) -> new SecondFactor(rs.getString(1), rs.getLong(2))).optional();
    }

    public record SecondFactor(String sealedSecret, long lastStep) {
        @Override
        public String toString() {
            return Redacted.record(this, "lastStep");
        }
    }

    public void setSecondFactor(String username, Optional<String> sealedSecret, Instant at, String by) {
        jdbc.sql("update staff_account set totp_secret = :secret, totp_last_step = null, updated_at = :at,"
                        + " updated_by = :by where username = :u")
                .param("secret", sealedSecret.orElse(null)).param("at", utc(at)).param("by", by).param("u", username)
                .update();
    }

    /** Records a used code's step, only if it is newer than the last one (two sign-ins racing use one code once). */
    public boolean useStep(String username, long step) {
        return jdbc.sql("update staff_account set totp_last_step = :step where username = :u"
                        + " and (totp_last_step is null or totp_last_step < :step)")
                .param("step", step).param("u", username).update() == 1;
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new StaffAccount(rs.getString("username"), rs.getString("display_name"),
                StaffAccount.Source.valueOf(rs.getString("source").toUpperCase()),
                Optional.ofNullable(rs.getString("password_hash")), roles(rs.getString("roles")),
                list(rs.getString("departments")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getString("totp_secret") != null, rs.getInt("failed_sign_ins"),
                Optional.ofNullable(locked).map(OffsetDateTime::toInstant));
    }

    private static Set<StaffRole> roles(String text) {
        return list(text).stream().map(StaffRole::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String join(Set<StaffRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
