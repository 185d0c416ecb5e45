package jp.kakanai.server.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.server.account.StaffAccount;
import jp.kakanai.server.account.StaffRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An account's rights as Spring Security authorities: {@code ROLE_<role>} for each role and
 * {@code DEPARTMENT_<id>} for each department. An account that must change its password first gets only
 * {@code PASSWORD_CHANGE}: it can reach its own account page and nothing else.
 */
public final class StaffAuthorities {
    public static final String DEPARTMENT = "DEPARTMENT_";
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

    private StaffAuthorities() {
    }

    public static List<GrantedAuthority> of(StaffAccount account) {
        if (account.mustChangePassword() && account.source() == StaffAccount.Source.LOCAL) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        account.departments().forEach(d -> authorities.add(new SimpleGrantedAuthority(DEPARTMENT + d)));
        return authorities;
    }

    static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    static boolean has(Collection<? extends GrantedAuthority> authorities, StaffRole role) {
        return names(authorities).contains("ROLE_" + role.name());
    }
}
