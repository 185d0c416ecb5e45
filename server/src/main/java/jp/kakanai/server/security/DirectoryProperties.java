package jp.kakanai.server.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The town's directory for staff sign-in ({@code kakanai.security.ldap.*}): an LDAP server (OpenLDAP, 389)
 * or Active Directory. The directory says who someone is; the Kakanai account of the same name (source
 * {@code directory}) says what they may do.
 *
 * @param url                   {@code ldaps://dc1.town.lg.jp:636} (several separated by spaces)
 * @param base                  the root every DN below is relative to, e.g. {@code dc=town,dc=lg,dc=jp}
 * @param userDnPattern         where a user's entry is, e.g. {@code uid={0},ou=people} (several separated
 *                              by {@code ;} — a comma belongs to the DN); or search instead:
 * @param userSearchBase        e.g. {@code ou=staff}
 * @param userSearchFilter      e.g. {@code (uid={0})}; Active Directory: {@code (sAMAccountName={0})}
 * @param managerDn             a read-only service account for the search, when the directory wants one
 * @param managerPasswordFile   its password, in a file of mode 600
 */
@ConfigurationProperties("kakanai.security.ldap")
public record DirectoryProperties(String url, String base, String userDnPattern, String userSearchBase,
                                  String userSearchFilter, String managerDn, Path managerPasswordFile) {
    /** The patterns, each a whole DN relative to {@code base}. */
    List<String> userDnPatterns() {
        return userDnPattern == null ? List.of() : java.util.Arrays.stream(userDnPattern.split(";")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }
}
