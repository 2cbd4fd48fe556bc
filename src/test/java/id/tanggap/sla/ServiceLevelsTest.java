package id.tanggap.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

    @Test
    void eachLimitGetsAnIsoDueDateInTheRegionsOffsetAndALabelInItsOrder() {
        Map<String, String> limits = new LinkedHashMap<>();
        limits.put("response", "PT2H");
        limits.put("resolution", "PT30M");
        Instant from = Instant.parse("2026-03-02T01:00:00Z");
        var d = ServiceLevels.deadlines(
                from, limits, ZoneId.of("Asia/Makassar"), (start, limit) -> start.plus(Duration.parse(limit)));
        assertThat(d.deadlines())
                .containsExactly(
                        Map.entry("response", "2026-03-02T11:00:00+08:00"),
                        Map.entry("resolution", "2026-03-02T09:30:00+08:00"));
        assertThat(d.labels()).containsOnlyKeys("response", "resolution");
    }
}
