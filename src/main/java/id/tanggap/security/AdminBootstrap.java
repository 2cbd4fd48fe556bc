package id.tanggap.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator at start-up from {@code TANGGAP_BOOTSTRAP_ADMIN_USER} and
 * {@code TANGGAP_BOOTSTRAP_ADMIN_PASSWORD}, but only while the installation has no local user at
 * all: once anybody exists the variables are ignored, so they cannot be used to add or reset an
 * administrator later. The administrator then creates everyone else.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, if any: demo users make it a no-op
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final AdminBootstrapProperties properties;

    AdminBootstrap(AppUserRepository users, PasswordEncoder passwords, AdminBootstrapProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.given()) {
            createFirstAdmin(properties.username(), properties.password());
        }
    }

    /** @return whether the administrator was created (false: users exist already) */
    @Transactional
    boolean createFirstAdmin(String username, String password) {
        String name = username.trim();
        if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new IllegalStateException(
                    "TANGGAP_BOOTSTRAP_ADMIN_USER must be 3-64 letters, digits, '.', '_' or '-'");
        }
        if (users.count() > 0) {
            log.info("TANGGAP_BOOTSTRAP_ADMIN_USER ignored: the installation has users already; remove the variables");
            return false;
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "TANGGAP_BOOTSTRAP_ADMIN_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        users.save(new AppUser(name, passwords.encode(password), "Administrator", "ADMIN", null));
        log.warn(
                "created the first administrator '{}'; remove TANGGAP_BOOTSTRAP_ADMIN_PASSWORD from the environment now",
                name);
        return true;
    }
}
