package id.tanggap.testsupport;

import id.tanggap.shared.TanggapProperties;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the scenarios that drive cases and check deadlines against the configured time zone:
 * {@link #cases} over HTTP and the engine, {@link #zone} for computing the expected due dates.
 */
public abstract class CaseScenarioTest extends IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TanggapProperties properties;

    protected Cases cases;
    protected ZoneId zone;

    @BeforeEach
    void casesAndZone() {
        cases = new Cases(new Api(port), runtime, jdbc);
        zone = properties.zone();
    }
}
