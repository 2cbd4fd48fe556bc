package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dashboard's chart images show the figures of the page they belong to, without reading them again. */
class DrawnChartsTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2027-12-15T02:00:00Z"));
    private final DrawnCharts drawn = new DrawnCharts(clock);
    private final AtomicInteger reads = new AtomicInteger();

    private static final DashboardController.Period DECEMBER =
            new DashboardController.Period(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 1), null);

    private static ReportReadModel.Charts overdue(long n) {
        return new ReportReadModel.Charts(List.of(), List.of(), List.of(), List.of(), List.of(), n);
    }

    private ReportReadModel.Charts readNow() {
        reads.incrementAndGet();
        return overdue(99);
    }

    @Test
    void theFiveImagesOfAPageAreDrawnFromThePagesFiguresEvenIfACaseChangedSince() {
        drawn.drawn(DECEMBER, overdue(7));
        clock.pass(Duration.ofSeconds(5));
        for (int image = 0; image < 5; image++) {
            assertThat(drawn.forImage(DECEMBER, this::readNow).overdueTotal()).isEqualTo(7);
        }
        assertThat(reads).hasValue(0);
    }

    @Test
    void anImageAMinuteAfterItsPageReadsTheFiguresAgain() {
        drawn.drawn(DECEMBER, overdue(7));
        clock.pass(DrawnCharts.KEPT);
        assertThat(drawn.forImage(DECEMBER, this::readNow).overdueTotal()).isEqualTo(99);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherPeriodOrAnotherOpdFilterNeverGetsThoseFigures() {
        drawn.drawn(DECEMBER, overdue(7));
        var onlyDpupr = new DashboardController.Period(DECEMBER.from(), DECEMBER.to(), "DPUPR");
        var november = new DashboardController.Period(LocalDate.of(2027, 11, 1), DECEMBER.from(), null);
        assertThat(drawn.forImage(onlyDpupr, this::readNow).overdueTotal()).isEqualTo(99);
        assertThat(drawn.forImage(november, this::readNow).overdueTotal()).isEqualTo(99);
        assertThat(reads).hasValue(2);
    }

    @Test
    void manyPeriodsDoNotGrowTheMemoryWithoutBound() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 1000; i++) {
            drawn.drawn(new DashboardController.Period(day.plusDays(i), day.plusDays(i + 1), null), overdue(i));
        }
        // the last page drawn is still there; the map was emptied on the way
        assertThat(drawn.forImage(
                                new DashboardController.Period(day.plusDays(999), day.plusDays(1000), null),
                                this::readNow)
                        .overdueTotal())
                .isEqualTo(999);
        assertThat(drawn.size()).isLessThanOrEqualTo(256);
    }
}
