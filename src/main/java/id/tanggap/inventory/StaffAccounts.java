package id.tanggap.inventory;

import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Staff add their own social-media accounts to the inventory (self-service); OPD users only for their OPD. */
@Service
class StaffAccounts {

    static final Set<String> PLATFORMS = Set.of("FACEBOOK", "INSTAGRAM", "X", "TIKTOK", "YOUTUBE");

    /** The platforms by the names people know them by (the channel's own label where it is a channel), in form order. */
    static final Map<String, String> PLATFORM_NAMES = platformNames();

    private static Map<String, String> platformNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("FACEBOOK", Channel.FACEBOOK.title());
        names.put("INSTAGRAM", Channel.INSTAGRAM.title());
        names.put("X", Channel.X.title());
        names.put("TIKTOK", "TikTok");
        names.put("YOUTUBE", "YouTube");
        return java.util.Collections.unmodifiableMap(names);
    }

    private final StaffMemberRepository staff;
    private final JdbcTemplate jdbc;

    StaffAccounts(StaffMemberRepository staff, JdbcTemplate jdbc) {
        this.staff = staff;
        this.jdbc = jdbc;
    }

    public void add(String staffId, String platform, String handle, StaffUser user) {
        StaffMember member = staff.findById(staffId == null ? "" : staffId.trim())
                .orElseThrow(
                        () -> new NotFoundException("Tidak ada pegawai dengan nomor " + staffId + " dalam inventaris"));
        if (!user.mayActForOpd(member.getOpdCode())) {
            throw new AccessDeniedException("staff of another OPD");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String p = platform == null ? "" : platform.trim().toUpperCase();
        if (!PLATFORMS.contains(p)) {
            problems.add(
                    new FieldProblem("platform", "pilih salah satu: " + String.join(", ", PLATFORM_NAMES.values())));
        }
        String h = handle == null ? "" : handle.trim().replaceFirst("^@", "");
        if (!h.matches("[A-Za-z0-9._]{2,100}")) {
            problems.add(new FieldProblem(
                    "handle",
                    h.isEmpty()
                            ? "wajib diisi"
                            : "hanya huruf, angka, titik dan garis bawah, 2 sampai 100 karakter (tanpa spasi)"));
        } else if (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff_account WHERE platform = ? AND handle_key = ?",
                        Integer.class,
                        p,
                        key(h))
                > 0) {
            problems.add(new FieldProblem("handle", "akun ini sudah terdaftar"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            jdbc.update(
                    "INSERT INTO staff_account (staff_id, platform, handle, handle_key) VALUES (?, ?, ?, ?)",
                    member.getStaffId(),
                    p,
                    h,
                    key(h));
        } catch (DuplicateKeyException e) {
            // registered at the same moment by someone else
            throw InvalidInputException.of("handle", "akun ini sudah terdaftar");
        }
    }

    /** The handle as compared: without a leading @, lower case (platforms treat handles case-insensitively). */
    static String key(String handle) {
        return handle.trim().replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> accountsOf(String staffId) {
        return jdbc.queryForList(
                "SELECT CONCAT(platform, ' ', handle) FROM staff_account WHERE staff_id = ? ORDER BY platform, handle",
                String.class,
                staffId);
    }
}
