package id.tanggap.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.tanggap.shared.Channel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The report to the Governor as a PDF (Indonesian, with the dashboard's charts) and an XLSX workbook of the same figures. */
@Component
public class ReportDocuments {

    static final Locale ID = Locale.forLanguageTag("id-ID");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    static final List<String> OPD_HEADER = List.of(
            "OPD",
            "Diterima",
            "Diverifikasi",
            "Ditanggapi",
            "Tepat waktu",
            "% tepat waktu",
            "Median tanggapan (menit)",
            "Median penyelesaian (jam)",
            "Selesai",
            "Terlambat",
            "Eskalasi 1",
            "Eskalasi 2",
            "Eskalasi 3",
            "Lintas OPD",
            "Dibuka kembali",
            "Rata-rata nilai");
    /** The per-OPD account compliance section (PDF table and XLSX sheet "Kepatuhan akun"). */
    static final List<String> ACCOUNT_COMPLIANCE_HEADER =
            List.of("OPD", "Akun", "Belum terhubung", "Hari dinilai", "Hari patuh", "Kepatuhan");

    static final List<String> CAMPAIGN_HEADER =
            List.of("Program", "OPD", "Sasaran", "Membagikan", "% membagikan", "Target %", "Unggahan", "Hasil");

    private static List<Object> campaignRow(ReportFigures.CampaignResult c, ReportFigures.OpdParticipation o) {
        return java.util.Arrays.asList(
                c.programme(),
                o.opdCode(),
                o.targeted(),
                o.participated(),
                o.participationRate(),
                c.expectedParticipation(),
                o.shares(),
                o.verdict());
    }

    public static String period(ReportFigures f) {
        return DATE.format(f.from()) + " - " + DATE.format(f.to().minusDays(1));
    }

    private final ReportReadModel readModel;
    private final ReportCharts charts;
    private final id.tanggap.routing.Opds opdNames;
    private final id.tanggap.routing.Categories categoryNames;

    ReportDocuments(
            ReportReadModel readModel,
            ReportCharts charts,
            id.tanggap.routing.Opds opdNames,
            id.tanggap.routing.Categories categoryNames) {
        this.readModel = readModel;
        this.charts = charts;
        this.opdNames = opdNames;
        this.categoryNames = categoryNames;
    }

    /** A channel by the name people know it by, as the forms show it (no codes in what people read). */
    static String channelName(String code) {
        return code == null
                ? "Tidak diketahui"
                : Channel.parse(code).map(Channel::title).orElse(code);
    }

    /** Counts keyed by code, keyed by name instead (two codes never share a name, so no count is lost). */
    private static Map<String, Integer> named(
            Map<String, Integer> counts, java.util.function.UnaryOperator<String> name) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.forEach((code, n) -> out.merge(name.apply(code), n, Integer::sum));
        return out;
    }

    /** The PDF with the compiled summary as its executive summary. */
    public byte[] pdf(ReportFigures f) {
        return pdf(f, null);
    }

    /**
     * The report to the Governor: a cover with the period and the executive summary (as the reviewer edited it, or the
     * compiled one), the headline figures, the charts (the dashboard's images), and the tables by name. Table columns
     * are at least as wide as their longest word, so no header or value is split inside a word.
     */
    byte[] pdf(ReportFigures f, String executiveSummary) {
        ReportReadModel.Charts series = readModel.charts(f.from(), f.to(), null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(doc, out);
            doc.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);

            // cover
            Paragraph cover = new Paragraph("Laporan Tindak Lanjut Aduan Masyarakat melalui Media Sosial", title);
            cover.setSpacingBefore(90);
            cover.setSpacingAfter(14);
            doc.add(cover);
            doc.add(new Paragraph("Periode " + period(f), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
            doc.add(new Paragraph("Disampaikan kepada Gubernur dan Wakil Gubernur melalui Diskominfotik", body));
            Paragraph summaryTitle = new Paragraph("Ringkasan eksekutif", heading);
            summaryTitle.setSpacingBefore(30);
            doc.add(summaryTitle);
            doc.add(new Paragraph(
                    executiveSummary == null || executiveSummary.isBlank() ? summary(f) : executiveSummary.strip(),
                    body));
            Paragraph figures = new Paragraph(headline(f), body);
            figures.setSpacingBefore(10);
            doc.add(figures);
            if (f.accountChecks() > 0) {
                doc.add(new Paragraph(
                        String.format(
                                ID,
                                "Kepatuhan akun resmi pejabat: %d dari %d pemeriksaan harian memenuhi (%.1f%%).",
                                f.compliantChecks(),
                                f.accountChecks(),
                                100.0 * f.compliantChecks() / f.accountChecks()),
                        body));
            }
            doc.add(new Paragraph(
                    "Terlambat: batas waktu tanggapan atau penyelesaian dipenuhi sesudah batas, atau belum dipenuhi pada"
                            + " akhir periode. Tepat waktu: sudah ditanggapi tanpa batas waktu yang terlewati.",
                    FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));

            // charts, two per row: the same images as the dashboard
            doc.newPage();
            doc.add(new Paragraph("Grafik", heading));
            PdfPTable grid = new PdfPTable(2);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(6);
            for (String name : ReportCharts.NAMES) {
                Image image = Image.getInstance(charts.png(name, series, 800, 420));
                image.scaleToFit(375, 200);
                PdfPCell cell = new PdfPCell(image, false);
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setPadding(4);
                grid.addCell(cell);
            }
            grid.completeRow();
            doc.add(grid);

            // tables by name
            doc.newPage();
            doc.add(new Paragraph("Kinerja per OPD", heading));
            List<List<String>> opdRows = new ArrayList<>();
            for (ReportFigures.OpdFigures o : f.opds()) {
                opdRows.add(row(o));
            }
            doc.add(table(OPD_HEADER, opdRows, 7, 100));
            doc.add(spaced(new Paragraph(
                    "Aduan per kanal: " + join(named(f.byChannel(), ReportDocuments::channelName)), body)));
            List<List<String>> categoryRows = new ArrayList<>();
            series.byCategory().forEach(c -> categoryRows.add(List.of(c.label(), "" + c.value())));
            doc.add(spaced(new Paragraph("Aduan menurut kategori", heading)));
            doc.add(table(List.of("Kategori", "Aduan"), categoryRows, 9, 50));
            List<List<String>> regionRows = new ArrayList<>();
            series.byRegion().forEach(c -> regionRows.add(List.of(c.label(), "" + c.value())));
            doc.add(spaced(new Paragraph("Aduan menurut kabupaten/kota", heading)));
            doc.add(table(List.of("Kabupaten/kota", "Aduan"), regionRows, 9, 50));
            if (!f.overdueTickets().isEmpty()) {
                doc.add(spaced(new Paragraph("Aduan terlambat dalam periode", heading)));
                doc.add(new Paragraph(String.join(", ", f.overdueTickets()), body));
            }
            if (!f.campaigns().isEmpty()) {
                doc.add(spaced(new Paragraph("Partisipasi ASN/THL dalam kampanye informasi program", heading)));
                for (ReportFigures.CampaignResult c : f.campaigns()) {
                    doc.add(new Paragraph(
                            String.format(
                                    ID,
                                    "%s (berakhir %s): %d dari %d pegawai sasaran membagikan (%.1f%%; target %d%%), %d unggahan - %s.",
                                    c.programme(),
                                    DATE.format(c.ended()),
                                    c.participated(),
                                    c.targeted(),
                                    c.participationRate(),
                                    c.expectedParticipation(),
                                    c.shares(),
                                    c.verdict()),
                            body));
                    List<List<String>> rows = new ArrayList<>();
                    for (ReportFigures.OpdParticipation o : c.opds()) {
                        List<String> r = new ArrayList<>();
                        for (Object v : campaignRow(c, o).subList(1, CAMPAIGN_HEADER.size())) {
                            r.add(v instanceof Double d ? String.format(ID, "%.1f", d) : String.valueOf(v));
                        }
                        r.set(0, opdNames.nameOf(o.opdCode()));
                        rows.add(r);
                    }
                    doc.add(table(CAMPAIGN_HEADER.subList(1, CAMPAIGN_HEADER.size()), rows, 8, 90));
                }
            }
            if (!f.accountCompliance().isEmpty()) {
                doc.add(spaced(new Paragraph("Kepatuhan akun media sosial resmi per OPD", heading)));
                doc.add(new Paragraph(
                        "Hari dinilai: pemeriksaan harian akun yang terhubung; akun yang belum terhubung tidak dinilai"
                                + " pada hari itu dan tidak dihitung sebagai pelanggaran.",
                        body));
                List<List<String>> rows = new ArrayList<>();
                for (ReportFigures.AccountCompliance c : f.accountCompliance()) {
                    rows.add(List.of(
                            c.opdName(),
                            "" + c.accounts(),
                            "" + c.notConnected(),
                            "" + c.judged(),
                            "" + c.compliant(),
                            c.percent() == null ? "-" : String.format(ID, "%.1f%%", c.percent())));
                }
                doc.add(table(ACCOUNT_COMPLIANCE_HEADER, rows, 8, 90));
            }
            doc.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render the report PDF", e);
        }
    }

    /** The compiled executive summary the reviewer starts from. */
    static String summary(ReportFigures f) {
        return String.format(
                ID,
                "Periode %s: %d aduan diterima, %d ditanggapi; %d tepat waktu dan %d terlambat (%s tepat waktu), %d selesai.",
                period(f),
                f.received(),
                f.responded(),
                f.respondedWithinSla(),
                f.overdue(),
                f.onTimePercent() == null ? "–" : String.format(ID, "%.1f%%", f.onTimePercent()),
                f.resolved());
    }

    static String headline(ReportFigures f) {
        return String.format(
                ID,
                "Aduan diterima: %d. Ditanggapi: %d. Tepat waktu: %d, terlambat: %d (%s tepat waktu). Selesai: %d.",
                f.received(),
                f.responded(),
                f.respondedWithinSla(),
                f.overdue(),
                f.onTimePercent() == null ? "–" : String.format(ID, "%.1f%%", f.onTimePercent()),
                f.resolved());
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    /**
     * A table whose every column is at least as wide as the longest word in it (header bold, values plain), the rest
     * of the width shared in proportion to the columns' whole texts: headers wrap between words, never inside one.
     */
    private static PdfPTable table(List<String> header, List<List<String>> rows, float size, float widthPercent)
            throws Exception {
        BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
        BaseFont plain = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        float padding = 8;
        float total = (PageSize.A4.getHeight() - 72) * widthPercent / 100f;
        int n = header.size();
        float[] min = new float[n];
        float[] want = new float[n];
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(header.get(i), bold, size) + padding;
            want[i] = bold.getWidthPoint(header.get(i), size) + padding;
            for (List<String> r : rows) {
                min[i] = Math.max(min[i], longestWord(r.get(i), plain, size) + padding);
                want[i] = Math.max(want[i], plain.getWidthPoint(r.get(i), size) + padding);
            }
        }
        float minSum = 0;
        float extraSum = 0;
        for (int i = 0; i < n; i++) {
            minSum += min[i];
            extraSum += want[i] - min[i];
        }
        float spare = Math.max(0, total - minSum);
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = min[i] + (extraSum == 0 ? spare / n : spare * (want[i] - min[i]) / extraSum);
        }
        PdfPTable table = new PdfPTable(n);
        table.setTotalWidth(widths);
        table.setLockedWidth(minSum <= total);
        if (minSum > total) {
            table.setWidthPercentage(widthPercent);
            table.setWidths(widths);
        }
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        Font headerFont = new Font(bold, size);
        Font cellFont = new Font(plain, size);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, headerFont));
            c.setBackgroundColor(new Color(228, 236, 242));
            c.setPadding(3);
            table.addCell(c);
        }
        for (List<String> r : rows) {
            for (String v : r) {
                PdfPCell c = new PdfPCell(new Phrase(v, cellFont));
                c.setPadding(3);
                table.addCell(c);
            }
        }
        return table;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        float max = 0;
        for (String word : text.split("\\s+")) {
            max = Math.max(max, font.getWidthPoint(word, size));
        }
        return max;
    }

    public byte[] xlsx(ReportFigures f) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = wb.createSheet("Ringkasan");
            Object[][] lines = {
                {"Periode", period(f)},
                {"Aduan diterima", f.received()},
                {"Ditanggapi", f.responded()},
                {"Ditanggapi tepat waktu", f.respondedWithinSla()},
                {"% tepat waktu", f.onTimePercent() == null ? null : round(f.onTimePercent())},
                {"Selesai", f.resolved()},
                {"Terlambat", f.overdue()},
                {"Pemeriksaan akun resmi", f.accountChecks()},
                {"Pemeriksaan patuh", f.compliantChecks()}
            };
            for (int i = 0; i < lines.length; i++) {
                Row r = summary.createRow(i);
                r.createCell(0).setCellValue(String.valueOf(lines[i][0]));
                set(r, 1, lines[i][1]);
            }
            Sheet opd = wb.createSheet("Per OPD");
            Row h = opd.createRow(0);
            for (int i = 0; i < OPD_HEADER.size(); i++) {
                h.createCell(i).setCellValue(OPD_HEADER.get(i));
            }
            // names for people, the code in the last column for whoever processes the workbook further
            h.createCell(OPD_HEADER.size()).setCellValue("Kode OPD");
            int r = 1;
            for (ReportFigures.OpdFigures o : f.opds()) {
                Row row = opd.createRow(r++);
                Object[] values = {
                    o.opdName(),
                    o.received(),
                    o.verified(),
                    o.responded(),
                    o.respondedWithinSla(),
                    o.onTimePercent() == null ? null : round(o.onTimePercent()),
                    o.medianFirstResponseMinutes(),
                    o.medianResolutionHours(),
                    o.resolved(),
                    o.overdue(),
                    o.escalationsLevel1(),
                    o.escalationsLevel2(),
                    o.escalationsLevel3(),
                    o.crossSector(),
                    o.reopened(),
                    o.averageRating(),
                    o.opdCode()
                };
                for (int i = 0; i < values.length; i++) {
                    set(row, i, values[i]);
                }
            }
            counts(wb.createSheet("Per kanal"), "Kanal", f.byChannel(), ReportDocuments::channelName);
            counts(wb.createSheet("Per kategori"), "Kategori", f.byCategory(), categoryNames::nameOf);
            Sheet campaigns = wb.createSheet("Kampanye");
            Row ch = campaigns.createRow(0);
            for (int i = 0; i < CAMPAIGN_HEADER.size(); i++) {
                ch.createCell(i).setCellValue(CAMPAIGN_HEADER.get(i));
            }
            ch.createCell(CAMPAIGN_HEADER.size()).setCellValue("Kode OPD");
            int cr = 1;
            for (ReportFigures.CampaignResult c : f.campaigns()) {
                ReportFigures.OpdParticipation all = new ReportFigures.OpdParticipation(
                        null, c.targeted(), c.participated(), c.shares(), c.participationRate(), c.verdict());
                for (ReportFigures.OpdParticipation o : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(all), c.opds().stream())
                        .toList()) {
                    Row row = campaigns.createRow(cr++);
                    List<Object> values = new ArrayList<>(campaignRow(c, o));
                    values.set(1, o.opdCode() == null ? "Semua OPD" : opdNames.nameOf(o.opdCode()));
                    values.add(o.opdCode() == null ? "SEMUA" : o.opdCode());
                    for (int i = 0; i < values.size(); i++) {
                        set(row, i, values.get(i));
                    }
                }
            }
            Sheet accounts = wb.createSheet("Kepatuhan akun");
            Row ah = accounts.createRow(0);
            for (int i = 0; i < ACCOUNT_COMPLIANCE_HEADER.size(); i++) {
                ah.createCell(i).setCellValue(ACCOUNT_COMPLIANCE_HEADER.get(i));
            }
            int ar = 1;
            for (ReportFigures.AccountCompliance c : f.accountCompliance()) {
                Row row = accounts.createRow(ar++);
                Object[] values = {c.opdName(), c.accounts(), c.notConnected(), c.judged(), c.compliant(), c.percent()};
                for (int i = 0; i < values.length; i++) {
                    set(row, i, values[i]);
                }
            }
            Sheet late = wb.createSheet("Terlambat");
            late.createRow(0).createCell(0).setCellValue("Tiket");
            for (int i = 0; i < f.overdueTickets().size(); i++) {
                late.createRow(i + 1)
                        .createCell(0)
                        .setCellValue(f.overdueTickets().get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report workbook", e);
        }
    }

    /** One row per code: its name, the count, and the code itself for further processing. */
    private static void counts(
            Sheet sheet, String label, Map<String, Integer> counts, java.util.function.UnaryOperator<String> name) {
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue(label);
        h.createCell(1).setCellValue("Jumlah");
        h.createCell(2).setCellValue("Kode");
        int r = 1;
        for (var e : counts.entrySet()) {
            Row row = sheet.createRow(r++);
            set(row, 0, name.apply(e.getKey()));
            row.createCell(1).setCellValue(e.getValue());
            set(row, 2, e.getKey());
        }
    }

    /** A number stays a number (the reader's Excel shows it with its own decimal comma); nothing measured is "–". */
    private static void set(Row row, int col, Object value) {
        if (value instanceof Number n) {
            row.createCell(col).setCellValue(n.doubleValue());
        } else {
            row.createCell(col).setCellValue(value == null ? "–" : String.valueOf(value));
        }
    }

    static List<String> row(ReportFigures.OpdFigures o) {
        return List.of(
                o.opdName(),
                "" + o.received(),
                "" + o.verified(),
                "" + o.responded(),
                "" + o.respondedWithinSla(),
                o.onTimePercent() == null ? "–" : String.format(ID, "%.1f", o.onTimePercent()),
                num(o.medianFirstResponseMinutes()),
                num(o.medianResolutionHours()),
                "" + o.resolved(),
                "" + o.overdue(),
                "" + o.escalationsLevel1(),
                "" + o.escalationsLevel2(),
                "" + o.escalationsLevel3(),
                "" + o.crossSector(),
                "" + o.reopened(),
                num(o.averageRating()));
    }

    private static String num(Double v) {
        return v == null ? "–" : String.format(ID, "%.1f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String join(Map<String, Integer> m) {
        return m.isEmpty()
                ? "-"
                : m.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("-");
    }
}
