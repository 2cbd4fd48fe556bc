package id.tanggap.testsupport;

import id.tanggap.shared.TanggapProperties;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the tests that drive cases: {@link #api} over HTTP, {@link #cases} over HTTP and the engine,
 * {@link #zone} for computing expected due dates.
 */
public abstract class CaseScenarioTest extends IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TanggapProperties properties;

    protected Api api;
    protected Cases cases;
    protected ZoneId zone;

    @BeforeEach
    void casesAndZone() {
        api = new Api(port);
        cases = new Cases(api, runtime, jdbc);
        zone = properties.zone();
    }
}
