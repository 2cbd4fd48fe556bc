package id.tanggap.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded dev run (script/server) migrates an in-memory H2 in MySQL mode, not MariaDB: every
 * migration must run there too, with the vendor folder Spring Boot resolves for H2. Without this
 * check a MySQL-only statement breaks script/server while the whole suite (on MariaDB) stays green.
 */
class DevDatabaseMigrationTest {

    @Test
    void everyMigrationRunsOnTheDevRunsH2() {
        Flyway flyway = Flyway.configure()
                .dataSource(
                        "jdbc:h2:mem:tanggap-migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load();
        var result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(20);
    }
}
