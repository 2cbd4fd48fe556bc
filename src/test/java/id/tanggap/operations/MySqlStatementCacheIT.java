package id.tanggap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import id.tanggap.testsupport.IntegrationTest;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's connections to MySQL/MariaDB keep their parsed statements (Connector/J's statement cache). */
class MySqlStatementCacheIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theDriverCachesPreparedStatementsOnEachConnection() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            var properties = c.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(properties.getBooleanProperty(PropertyKey.cachePrepStmts).getValue())
                    .isTrue();
            assertThat(properties
                            .getIntegerProperty(PropertyKey.prepStmtCacheSize)
                            .getValue())
                    .isEqualTo(250);
            assertThat(properties
                            .getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit)
                            .getValue())
                    .isEqualTo(2048);
        }
    }
}
