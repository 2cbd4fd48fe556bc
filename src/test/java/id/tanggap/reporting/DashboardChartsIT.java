package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's weekly trend and backlog by age are counted in SQL (one row per week or age band, not one per case,
 * so that their cost does not grow with the cases): a case lands in the week of its day in the region's time zone
 * (Monday 00:30 WITA in the new week, Sunday 23:30 WITA in the old one), the late ones are counted in their week, and
 * an open case in the age band of its hours before the end of the period; closed cases and cases after the period
 * are not in the backlog. Counted as differences, so the cases of other tests do not matter.
 */
class DashboardChartsIT extends IntegrationTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate FROM = LocalDate.of(2034, 3, 1);
    private static final LocalDate TO = LocalDate.of(2034, 4, 1);
    private static final Instant END = TO.atStartOfDay(WITA).toInstant();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportReadModel readModel;

    private int next;

    private void open(Instant created, Instant responseDue) {
        insert(created, "DIPROSES", responseDue);
    }

    private void insert(Instant created, String status, Instant responseDue) {
        String ticket = "DSB-" + Long.toString(System.nanoTime(), 36) + "-" + next++;
        jdbc.update(
                "INSERT INTO complaint (ticket, channel, external_id, anonymous, body, category_code, status, opd_code, created_at,"
                        + " updated_at, version, response_due_at) VALUES (?, 'WEB', ?, TRUE, 'Aduan uji dasbor', 'SAMPAH', ?, 'DLHK', ?, ?, 0, ?)",
                ticket,
                "charts-" + ticket,
                status,
                Timestamp.from(created),
                Timestamp.from(created),
                responseDue == null ? null : Timestamp.from(responseDue));
    }

    private static Instant wita(int month, int day, int hour, int minute) {
        return LocalDate.of(2034, month, day).atTime(hour, minute).atZone(WITA).toInstant();
    }

    @Test
    void trendAndBacklogCountedBySqlLandInTheRightWeekAndAgeBand() {
        ReportReadModel.Charts before = readModel.charts(FROM, TO, null);

        // 2034-03-27 is a Monday: one case just after its midnight (WITA), one just before it (the week before)
        open(wita(3, 27, 0, 30), null);
        open(wita(3, 26, 23, 30), null);
        // late: its response deadline passed before the end of the period, not met
        open(wita(3, 28, 9, 0), wita(3, 29, 9, 0));
        // backlog bands by hours before the end of the period: < 24, 24-72, 72-168, > 168
        open(END.minus(Duration.ofHours(2)), null);
        open(END.minus(Duration.ofHours(30)), null);
        open(END.minus(Duration.ofHours(200)), null);
        insert(END.minus(Duration.ofHours(5)), "DITUTUP", null); // closed: not in the backlog
        open(END.plus(Duration.ofHours(1)), null); // after the period: in neither

        ReportReadModel.Charts after = readModel.charts(FROM, TO, null);

        assertThat(weekDelta(before.trend(), after.trend(), LocalDate.of(2034, 3, 27)))
                .as(
                        "the week of Monday 27 March: its Monday 00:30, the late case of the 28th, the 30th, the 31st (twice, one closed)")
                .containsExactly(5, 1);
        assertThat(weekDelta(before.trend(), after.trend(), LocalDate.of(2034, 3, 20)))
                .as("the week of Monday 20 March: Sunday 26th 23:30 and Thursday 23rd (200 hours before the end)")
                .containsExactly(2, 0);
        long[] bands = new long[4];
        for (int i = 0; i < 4; i++) {
            bands[i] = after.backlogByAge().get(i).value()
                    - before.backlogByAge().get(i).value();
        }
        // hours before the end: 2 (< 24), 30 (24-72), 87, 119.5 and 120.5 (72-168), 200 (> 168)
        assertThat(bands).containsExactly(1, 1, 3, 1);
    }

    private static long[] weekDelta(
            List<ReportReadModel.Week> before, List<ReportReadModel.Week> after, LocalDate monday) {
        ReportReadModel.Week b = before.stream()
                .filter(w -> w.monday().equals(monday))
                .findFirst()
                .orElseThrow();
        ReportReadModel.Week a = after.stream()
                .filter(w -> w.monday().equals(monday))
                .findFirst()
                .orElseThrow();
        return new long[] {a.received() - b.received(), a.late() - b.late()};
    }
}
