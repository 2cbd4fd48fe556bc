package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Issue 20, finding 10: an installation without demo data gets its first administrator, and only its first. */
class AdminBootstrapIT extends IntegrationTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AdminBootstrapProperties properties;

    private AdminBootstrap bootstrap() {
        return new AdminBootstrap(users, passwords, properties);
    }

    @Test
    void withUsersPresentTheVariablesCannotAddOrResetAnAdministrator() {
        long before = users.count();
        assertThat(before).isPositive();
        String adminHash = users.findById("admin").orElseThrow().getPasswordHash();

        assertThat(bootstrap().createFirstAdmin("penyusup", "sandi-yang-panjang-sekali"))
                .isFalse();
        assertThat(bootstrap().createFirstAdmin("admin", "sandi-yang-panjang-sekali"))
                .isFalse();
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findById("penyusup")).isEmpty();
        assertThat(users.findById("admin").orElseThrow().getPasswordHash()).isEqualTo(adminHash);
    }

    @Test
    @Transactional // rolled back: the other tests keep the demo users
    void anEmptyInstallationGetsItsFirstAdministratorOnce() {
        users.deleteAllInBatch();
        assertThatThrownBy(() -> bootstrap().createFirstAdmin("kominfo.admin", "pendek"))
                .hasMessageContaining("at least 12");
        assertThat(users.count()).isZero();

        assertThat(bootstrap().createFirstAdmin("kominfo.admin", "Rinjani-3726-mdpl"))
                .isTrue();
        AppUser admin = users.findById("kominfo.admin").orElseThrow();
        assertThat(admin.getRoles()).isEqualTo("ADMIN");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(passwords.matches("Rinjani-3726-mdpl", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.getPasswordHash()).doesNotContain("Rinjani");

        assertThat(bootstrap().createFirstAdmin("kedua", "Rinjani-3726-mdpl")).isFalse();
        assertThat(users.count()).isEqualTo(1);
    }
}
