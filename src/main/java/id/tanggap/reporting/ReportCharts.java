package id.tanggap.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The charts of the dashboard and of the Governor's report, drawn on the server with JFreeChart from
 * {@link ReportReadModel.Charts}: the page shows the same PNG images the PDF prints, so both show the same figures.
 * Indonesian labels and decimal commas; OPDs and categories by name.
 */
@Component
class ReportCharts {

    /** The chart names in the order the dashboard and the PDF show them. */
    static final List<String> NAMES = List.of("tren", "tepat-waktu", "umur", "kategori", "wilayah");

    static final Set<String> KNOWN = Set.copyOf(NAMES);

    private static final Color GREEN = new Color(11, 110, 79);
    private static final Color RED = new Color(178, 34, 34);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", ReportDocuments.ID);

    static String title(String name) {
        return switch (name) {
            case "tren" -> "Aduan per minggu (8 minggu terakhir)";
            case "tepat-waktu" -> "Persentase tepat waktu per OPD";
            case "umur" -> "Tunggakan menurut umur";
            case "kategori" -> "Aduan menurut kategori";
            case "wilayah" -> "Aduan menurut kabupaten/kota";
            default -> throw new IllegalArgumentException(name);
        };
    }

    JFreeChart chart(String name, ReportReadModel.Charts c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        PlotOrientation orientation = PlotOrientation.HORIZONTAL;
        String valueAxis = "Jumlah aduan";
        boolean legend = false;
        switch (name) {
            case "tren" -> {
                for (ReportReadModel.Week w : c.trend()) {
                    String week = WEEK.format(w.monday());
                    data.addValue(w.received(), "Diterima", week);
                    data.addValue(w.late(), "Terlambat", week);
                }
                orientation = PlotOrientation.VERTICAL;
                legend = true;
            }
            case "tepat-waktu" -> {
                for (ReportReadModel.OnTime o : c.onTime()) {
                    if (o.percent() != null) {
                        data.addValue(o.percent(), "Tepat waktu (%)", o.opdName());
                    }
                }
                valueAxis = "% tepat waktu";
            }
            case "umur" -> {
                c.backlogByAge().forEach(b -> data.addValue(b.value(), "Tunggakan", b.label()));
                orientation = PlotOrientation.VERTICAL;
                valueAxis = "Aduan terbuka";
            }
            case "kategori" -> c.byCategory().forEach(b -> data.addValue(b.value(), "Aduan", b.label()));
            case "wilayah" -> c.byRegion().forEach(b -> data.addValue(b.value(), "Aduan", b.label()));
            default -> throw new IllegalArgumentException(name);
        }
        JFreeChart chart =
                ChartFactory.createBarChart(title(name), null, valueAxis, data, orientation, legend, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(200, 200, 200));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        categories.setMaximumCategoryLabelWidthRatio(orientation == PlotOrientation.HORIZONTAL ? 0.45f : 1f);
        categories.setMaximumCategoryLabelLines(2);
        if (orientation == PlotOrientation.VERTICAL && data.getColumnCount() > 6) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(ReportDocuments.ID));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(ReportDocuments.ID));
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (name.equals("tepat-waktu")) {
            values.setRange(0, 105);
        }
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        bars.setSeriesPaint(0, GREEN);
        bars.setSeriesPaint(1, RED);
        NumberFormat decimal = NumberFormat.getNumberInstance(ReportDocuments.ID);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(name.equals("tepat-waktu") ? 1 : 0);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimal));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return chart;
    }

    byte[] png(String name, ReportReadModel.Charts c, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart(name, c), width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot draw chart " + name, e);
        }
    }
}
