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
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The report to the Governor as a PDF (Indonesian, with a chart) and an XLSX workbook of the same figures. */
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

    static final List<String> CAMPAIGN_HEADER =
            List.of("Program", "OPD", "Sasaran", "Membagikan", "% membagikan", "Target %", "Unggahan", "Hasil");

    private static List<Object> campaignRow(ReportFigures.CampaignResult c, ReportFigures.OpdParticipation o) {
        return List.of(
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

    public byte[] pdf(ReportFigures f) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
            doc.add(new Paragraph("Laporan Tindak Lanjut Aduan Masyarakat melalui Media Sosial", title));
            doc.add(new Paragraph("Periode " + period(f)
                    + " - disampaikan kepada Gubernur dan Wakil Gubernur melalui Diskominfotik"));
            doc.add(new Paragraph(String.format(
                    ID,
                    "Aduan diterima: %d. Ditanggapi: %d (%d tepat waktu, %.1f%%). Selesai: %d. Terlambat: %d.",
                    f.received(),
                    f.responded(),
                    f.respondedWithinSla(),
                    f.slaPercent(),
                    f.resolved(),
                    f.overdue())));
            if (f.accountChecks() > 0) {
                doc.add(new Paragraph(String.format(
                        ID,
                        "Kepatuhan akun resmi pejabat: %d dari %d pemeriksaan harian memenuhi (%.1f%%).",
                        f.compliantChecks(),
                        f.accountChecks(),
                        100.0 * f.compliantChecks() / f.accountChecks())));
            }
            doc.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(OPD_HEADER.size());
            table.setWidthPercentage(100);
            OPD_HEADER.forEach(h -> table.addCell(new Phrase(h, small)));
            for (ReportFigures.OpdFigures o : f.opds()) {
                for (String v : row(o)) {
                    table.addCell(new Phrase(v, small));
                }
            }
            doc.add(table);
            doc.add(new Paragraph(
                    "Persentase tanggapan tepat waktu per OPD", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            doc.add(chart(writer, f.opds()));
            doc.add(new Paragraph("Aduan per kanal: " + join(f.byChannel())));
            doc.add(new Paragraph("Aduan per kategori: " + join(f.byCategory())));
            if (!f.overdueTickets().isEmpty()) {
                doc.add(new Paragraph("Aduan terlambat ditanggapi: " + String.join(", ", f.overdueTickets())));
            }
            if (!f.campaigns().isEmpty()) {
                doc.add(new Paragraph(
                        "Partisipasi ASN/THL dalam kampanye informasi program",
                        FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
                for (ReportFigures.CampaignResult c : f.campaigns()) {
                    doc.add(new Paragraph(String.format(
                            ID,
                            "%s (berakhir %s): %d dari %d pegawai sasaran membagikan (%.1f%%; target %d%%), %d unggahan - %s.",
                            c.programme(),
                            DATE.format(c.ended()),
                            c.participated(),
                            c.targeted(),
                            c.participationRate(),
                            c.expectedParticipation(),
                            c.shares(),
                            c.verdict())));
                    PdfPTable opds = new PdfPTable(CAMPAIGN_HEADER.size() - 1);
                    opds.setWidthPercentage(70);
                    opds.setHorizontalAlignment(Element.ALIGN_LEFT);
                    CAMPAIGN_HEADER.subList(1, CAMPAIGN_HEADER.size()).forEach(h -> opds.addCell(new Phrase(h, small)));
                    for (ReportFigures.OpdParticipation o : c.opds()) {
                        for (Object v : campaignRow(c, o).subList(1, CAMPAIGN_HEADER.size())) {
                            opds.addCell(new Phrase(
                                    v instanceof Double d ? String.format(ID, "%.1f", d) : String.valueOf(v), small));
                        }
                    }
                    doc.add(opds);
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render the report PDF", e);
        }
    }

    private static Image chart(PdfWriter writer, List<ReportFigures.OpdFigures> opds) throws Exception {
        float rowHeight = 16;
        float width = 700;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(width, Math.max(rowHeight, rowHeight * opds.size()) + 4);
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        float y = t.getHeight() - rowHeight;
        for (ReportFigures.OpdFigures o : opds) {
            t.beginText();
            t.setFontAndSize(font, 8);
            t.setTextMatrix(0, y + 4);
            t.showText(o.opdCode());
            t.endText();
            float bar = (float) (o.slaPercent() / 100.0 * (width - 200));
            t.setColorFill(new Color(11, 110, 79));
            t.rectangle(120, y + 2, Math.max(1, bar), rowHeight - 6);
            t.fill();
            t.setColorFill(Color.BLACK);
            t.beginText();
            t.setFontAndSize(font, 8);
            t.setTextMatrix(125 + bar, y + 4);
            t.showText(String.format(ID, "%.1f%%", o.slaPercent()));
            t.endText();
            y -= rowHeight;
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
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
                {"% tepat waktu", round(f.slaPercent())},
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
            int r = 1;
            for (ReportFigures.OpdFigures o : f.opds()) {
                Row row = opd.createRow(r++);
                Object[] values = {
                    o.opdCode(),
                    o.received(),
                    o.verified(),
                    o.responded(),
                    o.respondedWithinSla(),
                    round(o.slaPercent()),
                    o.medianFirstResponseMinutes(),
                    o.medianResolutionHours(),
                    o.resolved(),
                    o.overdue(),
                    o.escalationsLevel1(),
                    o.escalationsLevel2(),
                    o.escalationsLevel3(),
                    o.crossSector(),
                    o.reopened(),
                    o.averageRating()
                };
                for (int i = 0; i < values.length; i++) {
                    set(row, i, values[i]);
                }
            }
            counts(wb.createSheet("Per kanal"), "Kanal", f.byChannel());
            counts(wb.createSheet("Per kategori"), "Kategori", f.byCategory());
            Sheet campaigns = wb.createSheet("Kampanye");
            Row ch = campaigns.createRow(0);
            for (int i = 0; i < CAMPAIGN_HEADER.size(); i++) {
                ch.createCell(i).setCellValue(CAMPAIGN_HEADER.get(i));
            }
            int cr = 1;
            for (ReportFigures.CampaignResult c : f.campaigns()) {
                ReportFigures.OpdParticipation all = new ReportFigures.OpdParticipation(
                        "SEMUA", c.targeted(), c.participated(), c.shares(), c.participationRate(), c.verdict());
                for (ReportFigures.OpdParticipation o : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(all), c.opds().stream())
                        .toList()) {
                    Row row = campaigns.createRow(cr++);
                    List<Object> values = campaignRow(c, o);
                    for (int i = 0; i < values.size(); i++) {
                        set(row, i, values.get(i));
                    }
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

    private static void counts(Sheet sheet, String label, Map<String, Integer> counts) {
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue(label);
        h.createCell(1).setCellValue("Jumlah");
        int r = 1;
        for (var e : counts.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
    }

    private static void set(Row row, int col, Object value) {
        if (value instanceof Number n) {
            row.createCell(col).setCellValue(n.doubleValue());
        } else if (value != null) {
            row.createCell(col).setCellValue(String.valueOf(value));
        }
    }

    static List<String> row(ReportFigures.OpdFigures o) {
        return List.of(
                o.opdCode(),
                "" + o.received(),
                "" + o.verified(),
                "" + o.responded(),
                "" + o.respondedWithinSla(),
                String.format(ID, "%.1f", o.slaPercent()),
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
        return v == null ? "-" : String.format(ID, "%.1f", v);
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
