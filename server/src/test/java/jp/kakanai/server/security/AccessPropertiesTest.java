package jp.kakanai.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import jp.kakanai.server.account.StaffRole;
import jp.kakanai.server.security.AccessProperties.KioskDevice;
import jp.kakanai.server.security.AccessProperties.StaffUser;
import org.junit.jupiter.api.Test;

class AccessPropertiesTest {
    private static final String HASH = "$2a$10$ISb3ZmFw05aemtPfmOQoROQ/lJjfqAU6gXlHTf1GQxUEW70HAVbaa";
    private static final String TOKEN_HASH = "7f202001d68d8d1839243c7b23053886eb21a8d78784a397c5f3f2f35663d41f";

    @Test
    void plainPasswordInsteadOfHashIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> new AccessProperties(
                List.of(new StaffUser("clerk", Optional.empty(), Optional.of("clerk"), List.of(StaffRole.ONE_STOP),
                        List.of())), List.of()))
                .hasMessageContaining("kakanai.security.staff[0].password-hash");
    }

    @Test
    void userWithoutRoleIsRejected() {
        assertThatThrownBy(() -> new AccessProperties(List.of(new StaffUser("clerk", Optional.empty(), Optional.of(HASH),
                List.of(), List.of())), List.of())).hasMessageContaining("kakanai.security.staff[0].roles");
    }

    @Test
    void aDepartmentClerkWithoutDepartmentsIsRejected() {
        assertThatThrownBy(() -> new AccessProperties(List.of(new StaffUser("kodomo", Optional.empty(), Optional.of(HASH),
                List.of(StaffRole.CLERK), List.of())), List.of()))
                .hasMessageContaining("kakanai.security.staff[0].departments").hasMessageContaining("ONE_STOP");
    }

    @Test
    void anAccountWithoutPasswordSignsInAtTheDirectory() {
        var access = new AccessProperties(List.of(new StaffUser("yamada", Optional.empty(), Optional.empty(),
                List.of(StaffRole.ONE_STOP), List.of())), List.of());
        assertThat(access.staff().get(0).passwordHash()).isEmpty();
    }

    @Test
    void duplicateKioskIdIsRejected() {
        assertThatThrownBy(() -> new AccessProperties(List.of(),
                List.of(new KioskDevice("k1", TOKEN_HASH), new KioskDevice("k1", TOKEN_HASH))))
                .hasMessageContaining("kakanai.security.kiosks[1].id");
    }

    @Test
    void tokenInsteadOfItsHashIsRejected() {
        assertThatThrownBy(() -> new AccessProperties(List.of(), List.of(new KioskDevice("k1", "kakanai-demo-kiosk-token"))))
                .hasMessageContaining("kakanai.security.kiosks[0].token-sha256");
    }

    @Test
    void demoKioskTokenHashesToTheConfiguredValue() {
        assertThat(KioskTokenFilter.sha256Hex("kakanai-demo-kiosk-token")).isEqualTo(TOKEN_HASH);
    }
}
