package id.tanggap.inventory;

import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the ASN/THL inventory from CSV ({@code nip,nama,opd,jenis,email,facebook,instagram,x}; files
 * of the first format, without the e-mail column, are still read). Every
 * row is checked first; an import with any bad row changes nothing and reports each problem by
 * row. A good import replaces each listed person's data and accounts in one transaction.
 */
@Service
public class StaffImport {

    public record RowProblem(int row, String field, String message) {}

    private record Listed(int row, int column, String staffId, String key) {}

    public record Result(int imported, int rows, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final List<String> HEADER = List.of("nip", "nama", "opd", "jenis", "email", "facebook", "instagram", "x");
    /** The first format of the file, before campaigns needed staff e-mail addresses. */
    /** Files of the first format get an empty e-mail column, so that both are read alike. */
    private static List<List<String>> withEmailColumn(List<List<String>> lines) {
        if (lines.isEmpty()
                || !lines.get(0).stream()
                        .map(h -> h.trim().toLowerCase())
                        .toList()
                        .equals(HEADER_WITHOUT_EMAIL)) {
            return lines;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : lines) {
            List<String> row = new ArrayList<>(r);
            if (row.size() >= 4) {
                row.add(4, out.isEmpty() ? "email" : "");
            }
            out.add(row);
        }
        return out;
    }

    static final List<String> HEADER_WITHOUT_EMAIL =
            List.of("nip", "nama", "opd", "jenis", "facebook", "instagram", "x");
    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    private static final Map<String, String> PLATFORMS =
            Map.of("facebook", "FACEBOOK", "instagram", "INSTAGRAM", "x", "X");

    private final Opds opds;
    private final StaffMemberRepository staff;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    StaffImport(Opds opds, StaffMemberRepository staff, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.opds = opds;
        this.staff = staff;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    public Result importCsv(String csv) {
        List<List<String>> lines = withEmailColumn(Csv.parse(csv));
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = lines.isEmpty()
                ? List.of()
                : lines.get(0).stream().map(h -> h.trim().toLowerCase()).toList();
        if (!header.equals(HEADER)) {
            problems.add(new RowProblem(1, "header", "baris judul harus: " + String.join(",", HEADER)));
            return new Result(0, Math.max(0, lines.size() - 1), problems);
        }

        // read once, not per row: a province's file has tens of thousands of rows
        Set<String> opdCodes =
                new HashSet<>(opds.all().stream().map(OpdInfo::code).toList());
        Set<String> ids = new HashSet<>();
        Set<String> handles = new HashSet<>();
        List<Listed> listed = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> r = lines.get(i);
            int row = i + 1;
            if (r.size() != HEADER.size()) {
                problems.add(new RowProblem(row, "baris", "harus " + HEADER.size() + " kolom, ada " + r.size()));
                continue;
            }
            String id = r.get(0).trim();
            String kind = r.get(3).trim().toUpperCase();
            if (!kind.equals("ASN") && !kind.equals("THL")) {
                problems.add(new RowProblem(row, "jenis", "harus ASN atau THL"));
            }
            if (kind.equals("ASN") ? !id.matches("\\d{18}") : !id.matches("[A-Za-z0-9-]{6,20}")) {
                problems.add(new RowProblem(
                        row,
                        "nip",
                        kind.equals("ASN") ? "NIP ASN harus 18 angka" : "nomor THL harus 6-20 huruf/angka"));
            } else if (!ids.add(id)) {
                problems.add(new RowProblem(row, "nip", "muncul lebih dari sekali dalam berkas"));
            }
            if (r.get(1).isBlank() || r.get(1).length() > 200) {
                problems.add(new RowProblem(row, "nama", "wajib diisi, paling banyak 200 karakter"));
            }
            if (!opdCodes.contains(r.get(2).trim())) {
                problems.add(new RowProblem(row, "opd", "kode OPD tidak dikenal"));
            }
            String email = r.get(4).trim();
            if (!email.isEmpty() && (email.length() > 200 || !email.matches(EMAIL))) {
                problems.add(new RowProblem(row, "email", "alamat e-mail tidak valid"));
            }
            for (int c = 5; c < 8; c++) {
                String handle = r.get(c).trim();
                if (handle.isEmpty()) {
                    continue;
                }
                if (!handle.matches("@?[A-Za-z0-9._]{2,100}")) {
                    problems.add(new RowProblem(row, HEADER.get(c), "nama akun tidak valid"));
                } else if (!handles.add(HEADER.get(c) + ":" + StaffAccounts.key(handle))) {
                    problems.add(new RowProblem(row, HEADER.get(c), "akun yang sama sudah ada di baris lain"));
                } else {
                    listed.add(new Listed(row, c, id, StaffAccounts.key(handle)));
                }
            }
        }
        // a handle may move between people listed in the file, but not be taken from someone who is not
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT platform, handle_key, staff_id FROM staff_account", rs -> {
            owners.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3));
        });
        for (Listed l : listed) {
            String owner = owners.get(PLATFORMS.get(HEADER.get(l.column())) + ":" + l.key());
            if (owner != null && !ids.contains(owner)) {
                problems.add(new RowProblem(
                        l.row(), HEADER.get(l.column()), "akun ini sudah terdaftar atas nama pegawai lain"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, lines.size() - 1, problems);
        }
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(status -> {
                List<List<String>> rows = lines.subList(1, lines.size());
                Map<String, StaffMember> known = new HashMap<>();
                staff.findAllById(ids).forEach(m -> known.put(m.getStaffId(), m));
                List<StaffMember> added = new ArrayList<>();
                for (List<String> r : rows) {
                    String id = r.get(0).trim();
                    StaffMember m = known.get(id);
                    String email =
                            r.get(4).trim().isEmpty() ? null : r.get(4).trim().toLowerCase();
                    if (m == null) {
                        added.add(new StaffMember(
                                id,
                                r.get(1).trim(),
                                r.get(2).trim(),
                                r.get(3).trim().toUpperCase(),
                                email,
                                now));
                    } else {
                        m.update(
                                r.get(1).trim(),
                                r.get(2).trim(),
                                r.get(3).trim().toUpperCase(),
                                email,
                                now);
                    }
                }
                staff.saveAll(added);
                staff.flush();
                jdbc.batchUpdate(
                        "DELETE FROM staff_account WHERE staff_id = ?",
                        ids.stream().map(id -> new Object[] {id}).toList());
                // inserted after every listed person's old accounts are gone, so a handle can move between them
                List<Object[]> accounts = new ArrayList<>();
                for (List<String> r : rows) {
                    for (int c = 5; c < 8; c++) {
                        String handle = r.get(c).trim().replaceFirst("^@", "");
                        if (!handle.isEmpty()) {
                            accounts.add(new Object[] {
                                r.get(0).trim(), PLATFORMS.get(HEADER.get(c)), handle, StaffAccounts.key(handle)
                            });
                        }
                    }
                }
                jdbc.batchUpdate(
                        "INSERT INTO staff_account (staff_id, platform, handle, handle_key) VALUES (?, ?, ?, ?)",
                        accounts);
            });
        } catch (DuplicateKeyException e) {
            // someone registered one of the handles between the check and the import: nothing was written
            return new Result(
                    0,
                    lines.size() - 1,
                    List.of(
                            new RowProblem(
                                    0,
                                    "akun",
                                    "salah satu akun baru saja didaftarkan atas nama pegawai lain; tidak ada data yang diubah, periksa dan unggah ulang")));
        }
        return new Result(lines.size() - 1, lines.size() - 1, List.of());
    }
}
