package id.tanggap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * One Indonesian decimal style (a comma) in every figure people read: the labels on the bars of the charts (which the
 * dashboard and the PDF show alike) and the PDF's table; an OPD without ratings or measured cases shows "–", not 0.
 */
class ReportNumbersTest {

    private static final ReportReadModel.Charts CHARTS = new ReportReadModel.Charts(
            List.of(new ReportReadModel.Week(LocalDate.of(2026, 11, 30), 12, 3)),
            List.of(
                    new ReportReadModel.OnTime("DPUPR", "Dinas PUPR", 7, 1, 87.5),
                    new ReportReadModel.OnTime("DLHK", "Dinas LHK", 0, 0, null)),
            List.of(new ReportReadModel.Count("< 1 hari", 4)),
            List.of(new ReportReadModel.Count("Jalan dan jembatan rusak", 1234)),
            List.of(new ReportReadModel.Count("Kota Mataram", 5)),
            1);

    @Test
    void barLabelsUseTheDecimalCommaAndAThousandsPoint() {
        assertThat(label("tepat-waktu", "Tepat waktu (%)", "Dinas PUPR")).isEqualTo("87,5");
        assertThat(label("kategori", "Aduan", "Jalan dan jembatan rusak")).isEqualTo("1.234");
        assertThat(label("tren", "Diterima", "30 Nov")).isEqualTo("12");
        // an OPD with nothing measured has no bar at all rather than a bar of 0
        CategoryDataset onTime = plot("tepat-waktu").getDataset();
        assertThat(onTime.getColumnKeys()).containsExactly("Dinas PUPR");
    }

    @Test
    void thePdfTableUsesTheDecimalCommaAndADashForWhatWasNotMeasured() {
        var rated = opd(87.5, 4.25, 75.0);
        var unrated = opd(null, null, null);
        List<String> row = ReportDocuments.row(rated);
        assertThat(row.get(5)).isEqualTo("87,5");
        assertThat(row.get(15)).isIn("4,3", "4,2");
        assertThat(ReportDocuments.row(unrated).get(5)).isEqualTo("–");
        assertThat(ReportDocuments.row(unrated).get(6)).isEqualTo("–");
        assertThat(ReportDocuments.row(unrated).get(15)).isEqualTo("–");
        assertThat(String.join(" ", row)).doesNotContainPattern("\\d\\.\\d");
    }

    private static ReportFigures.OpdFigures opd(Double onTimePercent, Double rating, Double median) {
        int onTime = onTimePercent == null ? 0 : 7;
        int late = onTimePercent == null ? 0 : 1;
        return new ReportFigures.OpdFigures(
                "DPUPR", "Dinas PUPR", 8, 8, 8, onTime, median, median, 5, late, 0, 0, 0, 0, 0, rating);
    }

    private static String label(String chart, String series, String column) {
        CategoryPlot plot = plot(chart);
        CategoryDataset data = plot.getDataset();
        CategoryItemRenderer renderer = plot.getRenderer();
        int row = data.getRowIndex(series);
        int col = data.getColumnIndex(column);
        return renderer.getItemLabelGenerator(row, col).generateLabel(data, row, col);
    }

    private static CategoryPlot plot(String chart) {
        return new ReportCharts().chart(chart, CHARTS).getCategoryPlot();
    }
}
