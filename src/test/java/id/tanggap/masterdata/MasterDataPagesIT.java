package id.tanggap.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.forwarding.ForwardTargetChoices;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Categories;
import id.tanggap.routing.CategoryInfo;
import id.tanggap.routing.LoadOpdOptionsWorker;
import id.tanggap.sla.WorkingCalendar;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The master data screens {@code /data-induk} as Diskominfo uses them in a browser (cookie session, CSRF token in
 * every form): each area adds, changes and deactivates a record, the change takes effect at once where the process
 * reads it (form options, routing, deadlines), the history shows who changed what from what to what, invalid input
 * is refused with an Indonesian page that keeps (as text) what was typed and stores nothing, and other roles are
 * refused.
 */
class MasterDataPagesIT extends IntegrationTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoadOpdOptionsWorker opdOptions;

    @Autowired
    ForwardTargetChoices targetOptions;

    @Autowired
    Categories categories;

    @Autowired
    Officials officials;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void opdIsAddedChangedAndDeactivatedWithHistoryAndOfferedToTheFormsAtOnce() {
        Browser diskominfo = new Browser("diskominfo");
        String code = "UJI" + suffix();

        HttpResponse<String> added = diskominfo.post(
                "/data-induk/opd",
                form(
                        "kode",
                        code,
                        "nama",
                        "Dinas Uji Data Induk",
                        "singkatan",
                        "Dinas Uji",
                        "email",
                        "uji@ntbprov.example"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(diskominfo.get("/data-induk/opd").body())
                .contains(code, "Dinas Uji Data Induk", "opd-" + code.toLowerCase(Locale.ROOT));
        assertThat(opdValues())
                .as("a new OPD is offered by loadOpdOptions without a restart")
                .contains(code);

        assertThat(diskominfo
                        .post(
                                "/data-induk/opd",
                                form(
                                        "kode",
                                        code,
                                        "ubah",
                                        "1",
                                        "nama",
                                        "Dinas Uji Berganti Nama",
                                        "singkatan",
                                        "Dinas Uji",
                                        "email",
                                        ""))
                        .statusCode())
                .isEqualTo(302);
        // the form saved again without a change is no change: no history row
        assertThat(diskominfo
                        .post(
                                "/data-induk/opd",
                                form(
                                        "kode",
                                        code,
                                        "ubah",
                                        "1",
                                        "nama",
                                        "Dinas Uji Berganti Nama",
                                        "singkatan",
                                        "Dinas Uji",
                                        "email",
                                        ""))
                        .statusCode())
                .isEqualTo(302);
        assertThat(diskominfo
                        .post("/data-induk/opd/status", form("kode", code, "aktif", "false"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(opdValues()).as("a deactivated OPD is no longer offered").doesNotContain(code);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opd WHERE code = ?", Integer.class, code))
                .as("deactivated, not deleted")
                .isEqualTo(1);

        List<Map<String, Object>> history = history("OPD", code);
        assertThat(history).extracting(r -> r.get("action")).containsExactly("DIBUAT", "DIUBAH", "DINONAKTIFKAN");
        assertThat(history).extracting(r -> r.get("actor")).containsOnly("diskominfo");
        assertThat((String) history.get(1).get("before_value"))
                .contains("nama: Dinas Uji Data Induk", "e-mail: uji@ntbprov.example");
        assertThat((String) history.get(1).get("after_value")).contains("nama: Dinas Uji Berganti Nama", "e-mail: -");
        assertThat(diskominfo.get("/data-induk/riwayat?jenis=OPD&kunci=" + code).body())
                .contains("Dinas Uji Data Induk", "Dinas Uji Berganti Nama", "diskominfo")
                // the kind of change in words, its code only as the tooltip
                .containsPattern("title=\"DINONAKTIFKAN\"[^>]*>Dinonaktifkan</td>")
                .containsPattern("title=\"DIBUAT\"[^>]*>Dibuat</td>")
                .doesNotContain(">DINONAKTIFKAN<", ">DIBUAT<", ">DIUBAH<");
        assertThat(diskominfo.get("/data-induk").body())
                .containsPattern("title=\"DIUBAH\"[^>]*>Diubah</td>")
                .doesNotContain(">DINONAKTIFKAN<", ">DIBUAT<", ">DIUBAH<");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'MASTER_DATA_CHANGED' AND subject = ?",
                        Integer.class,
                        "OPD " + code))
                .isEqualTo(3);
    }

    @Test
    void invalidInputIsRefusedWithTheTypedValuesKeptAsTextAndNothingStored() {
        Browser diskominfo = new Browser("diskominfo");
        String code = "UJI" + suffix();
        HttpResponse<String> refused = diskominfo.post(
                "/data-induk/opd",
                form("kode", code, "nama", "", "singkatan", "<script>alert(1)</script>", "email", "bukan-email"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Periksa kembali isian berikut", "nama: wajib diisi", "email: harus alamat e-mail")
                .contains("value=\"" + code + "\"", "value=\"bukan-email\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opd WHERE code = ?", Integer.class, code))
                .isZero();
        assertThat(history("OPD", code)).isEmpty();

        // a code already taken is refused, the existing OPD untouched
        HttpResponse<String> taken = diskominfo.post(
                "/data-induk/opd", form("kode", "DPUPR", "nama", "Dinas Palsu", "singkatan", "Palsu", "email", ""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("kode DPUPR sudah dipakai", "value=\"Dinas Palsu\"");
        assertThat(jdbc.queryForObject("SELECT name FROM opd WHERE code = 'DPUPR'", String.class))
                .isNotEqualTo("Dinas Palsu");

        HttpResponse<String> badEmail = diskominfo.post(
                "/data-induk/kontak-eskalasi",
                form("peran", "ASISTEN_UJI" + suffix(), "nama", "Asisten I", "email", "asisten@"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body())
                .contains("email: wajib, alamat e-mail", "value=\"Asisten I\"", "value=\"asisten@\"");

        HttpResponse<String> badHoliday =
                diskominfo.post("/data-induk/hari-libur", form("tanggal", "2099-02-30", "nama", "Libur uji"));
        assertThat(badHoliday.statusCode()).isEqualTo(400);
        assertThat(badHoliday.body()).contains("tanggal: wajib diisi", "value=\"Libur uji\"");
    }

    @Test
    void onlyDiskominfoAndAdministratorsMayOpenOrChangeMasterDataAndFormsNeedTheirCsrfToken() {
        String code = "UJI" + suffix();
        for (String user : List.of("pupr", "kadis-pupr", "sekda")) {
            Browser other = new Browser(user);
            assertThat(other.get("/data-induk/opd").statusCode()).as(user).isEqualTo(403);
            assertThat(other.postWithToken(
                                    "/data-induk/opd",
                                    form(
                                            "kode",
                                            code,
                                            "nama",
                                            "Dinas Tidak Sah",
                                            "singkatan",
                                            "Tidak Sah",
                                            "email",
                                            ""),
                                    other.tokenFrom("/login"))
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        Browser diskominfo = new Browser("diskominfo");
        assertThat(diskominfo
                        .postWithToken(
                                "/data-induk/opd",
                                form(
                                        "kode",
                                        code,
                                        "nama",
                                        "Dinas Tanpa Token",
                                        "singkatan",
                                        "Tanpa Token",
                                        "email",
                                        ""),
                                null)
                        .statusCode())
                .as("a form without the session's CSRF token")
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opd WHERE code = ?", Integer.class, code))
                .isZero();
        assertThat(new Browser("admin").get("/data-induk").statusCode()).isEqualTo(200);
    }

    @Test
    void positionIsAddedGivenAHolderWhoRoutingFindsAndDeactivated() {
        Browser diskominfo = new Browser("diskominfo");
        String position = "KABID_UJI_" + suffix();
        String nip = "198505" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        officials.register(new Official(
                nip,
                "Ir. Lalu Uji Jabatan",
                "Kepala Bidang Uji",
                "III",
                "DPUPR",
                "uji.jabatan." + nip + "@ntbprov.example",
                null));

        assertThat(diskominfo
                        .post(
                                "/data-induk/jabatan",
                                form("opd", "DPUPR", "kode", position, "judul", "Kepala Bidang Uji"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(officials.holderOf("DPUPR", position))
                .as("a new position is vacant")
                .isEmpty();
        assertThat(diskominfo
                        .get("/data-induk/jabatan?opd=DPUPR&kode=" + position)
                        .body())
                .contains("holder-form", "Ir. Lalu Uji Jabatan");

        assertThat(diskominfo
                        .post("/data-induk/jabatan/pemegang", form("opd", "DPUPR", "kode", position, "nip", nip))
                        .statusCode())
                .isEqualTo(302);
        assertThat(officials.holderOf("DPUPR", position))
                .as("the next case routed to the position goes to its new holder")
                .hasValueSatisfying(o -> assertThat(o.getNip()).isEqualTo(nip));
        assertThat(officials.historyOf(nip)).extracting(Officials.Change::note).anyMatch(n -> n.contains(position));

        // an official of another OPD cannot be given it here: moving them is a change of the official
        String lhkNip = jdbc.queryForObject("SELECT nip FROM official WHERE opd_code = 'DLHK' LIMIT 1", String.class);
        HttpResponse<String> other =
                diskominfo.post("/data-induk/jabatan/pemegang", form("opd", "DPUPR", "kode", position, "nip", lhkNip));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("pejabat ini terdaftar di OPD lain");
        assertThat(officials.holderOf("DPUPR", position))
                .hasValueSatisfying(o -> assertThat(o.getNip()).isEqualTo(nip));

        assertThat(diskominfo
                        .post("/data-induk/jabatan/status", form("opd", "DPUPR", "kode", position, "aktif", "false"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(officials.holderOf("DPUPR", position))
                .as("a deactivated position has no holder for routing (the case goes to the head)")
                .isEmpty();
        assertThat(history("POSITION", "DPUPR/" + position))
                .extracting(r -> r.get("action") + " " + r.get("after_value"))
                .containsExactly(
                        "DIBUAT judul: Kepala Bidang Uji; pemegang: -; aktif: ya",
                        "PEMEGANG_DIGANTI pemegang: " + nip + " (Ir. Lalu Uji Jabatan)",
                        "DINONAKTIFKAN judul: Kepala Bidang Uji; pemegang: " + nip
                                + " (Ir. Lalu Uji Jabatan); aktif: tidak");
    }

    @Test
    void categoryIsAddedRenamedAndDeactivatedAndLeavesTheComplaintFormAndOpen311Catalogue() {
        Browser diskominfo = new Browser("diskominfo");
        String code = "UJI_KATEGORI_" + suffix();
        assertThat(diskominfo
                        .post("/data-induk/kategori", form("kode", code, "nama", "Kategori Uji"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(categories.byName()).extracting(CategoryInfo::code).contains(code);
        assertThat(diskominfo
                        .get("/open311/v2/services.json", "application/json")
                        .body())
                .contains("\"service_code\":\"" + code + "\"");

        assertThat(diskominfo
                        .post("/data-induk/kategori", form("kode", code, "ubah", "1", "nama", "Kategori Uji Baru"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(categories.nameOf(code)).isEqualTo("Kategori Uji Baru");
        assertThat(diskominfo
                        .post("/data-induk/kategori/status", form("kode", code, "aktif", "false"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(categories.byName()).extracting(CategoryInfo::code).doesNotContain(code);
        assertThat(diskominfo
                        .get("/open311/v2/services.json", "application/json")
                        .body())
                .doesNotContain(code);
        assertThat(categories.nameOf(code)).as("old cases keep its name").isEqualTo("Kategori Uji Baru");
        int complaintsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
        Api.Response refused =
                new Api(port).postWeb(Api.complaint("WEB", null, code, "Warga Uji", false), "kategori-" + code);
        assertThat(refused.status())
                .as("a new complaint can no longer take the deactivated category")
                .isEqualTo(400);
        assertThat(refused.body()).contains("kategori tidak dikenal atau sudah tidak dipakai");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class))
                .isEqualTo(complaintsBefore);
        assertThat(history("CATEGORY", code))
                .extracting(r -> r.get("action") + ": " + r.get("before_value") + " -> " + r.get("after_value"))
                .containsExactly(
                        "DIBUAT: null -> nama: Kategori Uji; aktif: ya",
                        "DIUBAH: nama: Kategori Uji; aktif: ya -> nama: Kategori Uji Baru; aktif: ya",
                        "DINONAKTIFKAN: nama: Kategori Uji Baru; aktif: ya -> nama: Kategori Uji Baru; aktif: tidak");
    }

    @Test
    void escalationContactIsAddedAndChangedWithHistory() {
        Browser admin = new Browser("admin");
        String role = "ASISTEN_UJI_" + suffix();
        assertThat(admin.post(
                                "/data-induk/kontak-eskalasi",
                                form("peran", role, "nama", "Asisten I Setda", "email", "asisten1@ntbprov.example"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.post(
                                "/data-induk/kontak-eskalasi",
                                form(
                                        "peran",
                                        role,
                                        "ubah",
                                        "1",
                                        "nama",
                                        "Asisten I Setda NTB",
                                        "email",
                                        "asisten.satu@ntbprov.example"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForMap("SELECT name, email FROM escalation_contact WHERE role = ?", role))
                .containsEntry("name", "Asisten I Setda NTB")
                .containsEntry("email", "asisten.satu@ntbprov.example");
        assertThat(history("ESCALATION_CONTACT", role))
                .extracting(r -> r.get("actor") + " " + r.get("action") + " " + r.get("after_value"))
                .containsExactly(
                        "admin DIBUAT nama: Asisten I Setda; e-mail: asisten1@ntbprov.example",
                        "admin DIUBAH nama: Asisten I Setda NTB; e-mail: asisten.satu@ntbprov.example");
        assertThat(admin.get("/data-induk/kontak-eskalasi").body()).contains(role, "asisten.satu@ntbprov.example");
    }

    @Test
    void theTimesOfChangesAreInIndonesianAndWitaToABrowserSetToEnglish() {
        Browser admin = new Browser("admin");
        String role = "ASISTEN_TANGGAL_" + suffix();
        assertThat(admin.post(
                                "/data-induk/kontak-eskalasi",
                                form("peran", role, "nama", "Asisten II Setda", "email", "asisten2@ntbprov.example"))
                        .statusCode())
                .isEqualTo(302);
        Pattern indonesian = Pattern.compile("\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
                + "|Oktober|November|Desember) \\d{4} pukul \\d{2}\\.\\d{2} WITA");
        for (String path : List.of("/data-induk", "/data-induk/riwayat?jenis=ESCALATION_CONTACT&kunci=" + role)) {
            String page = admin.getIn(path, "en-US,en;q=0.9").body();
            assertThat(page).as(path).contains(role);
            Matcher cell =
                    Pattern.compile("<td data-label=\"Waktu\">([^<]*)</td>").matcher(page);
            int cells = 0;
            while (cell.find()) {
                cells++;
                assertThat(cell.group(1)).as(path).matches(indonesian);
            }
            assertThat(cells).as(path).isPositive();
        }
    }

    @Test
    void forwardTargetIsAddedAndDeactivatedAndTriageOffersItOnlyWhileActive() {
        Browser diskominfo = new Browser("diskominfo");
        String code = "KAB_UJI_" + suffix();
        assertThat(diskominfo
                        .post(
                                "/data-induk/tujuan-penerusan",
                                form(
                                        "kode",
                                        code,
                                        "nama",
                                        "Pemerintah Kabupaten Uji",
                                        "jenis",
                                        "REGENCY",
                                        "email",
                                        "aduan@ujikab.example"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(targetValues()).contains(code);
        HttpResponse<String> badKind = diskominfo.post(
                "/data-induk/tujuan-penerusan",
                form("kode", code + "_X", "nama", "Provinsi Lain", "jenis", "PROVINCE", "email", "aduan@lain.example"));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("jenis: pilih kabupaten, kota atau nasional", "value=\"Provinsi Lain\"");

        assertThat(diskominfo
                        .post("/data-induk/tujuan-penerusan/status", form("kode", code, "aktif", "false"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(targetValues()).doesNotContain(code);
        assertThat(diskominfo
                        .post("/data-induk/tujuan-penerusan/status", form("kode", code, "aktif", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(targetValues()).contains(code);
        assertThat(history("FORWARD_TARGET", code))
                .extracting(r -> r.get("action"))
                .containsExactly("DIBUAT", "DINONAKTIFKAN", "DIAKTIFKAN");
    }

    @Test
    void holidaySetOnThePageMovesTheNextWorkingDayDeadlineAndRemovingItMovesItBack() {
        Browser diskominfo = new Browser("diskominfo");
        LocalDate monday = LocalDate.of(2099, 1, 1)
                .plusWeeks(ThreadLocalRandom.current().nextInt(50))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate tuesday = monday.plusDays(1);
        var from = monday.atTime(10, 0).atZone(WITA).toInstant();
        assertThat(calendar.add(from, "P1D", WITA).atZone(WITA).toLocalDate()).isEqualTo(tuesday);

        assertThat(diskominfo
                        .post("/data-induk/hari-libur", form("tanggal", tuesday.toString(), "nama", "Libur Uji Daerah"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(calendar.add(from, "P1D", WITA).atZone(WITA).toLocalDate())
                .as("the next working-day deadline skips the new holiday, without a restart")
                .isEqualTo(tuesday.plusDays(1));
        assertThat(diskominfo
                        .get("/data-induk/hari-libur?tahun=" + tuesday.getYear())
                        .body())
                .contains("Libur Uji Daerah");

        assertThat(diskominfo
                        .post("/data-induk/hari-libur/hapus", form("tanggal", tuesday.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(calendar.add(from, "P1D", WITA).atZone(WITA).toLocalDate()).isEqualTo(tuesday);
        assertThat(history("HOLIDAY", tuesday.toString()))
                .extracting(r -> r.get("action") + " " + r.get("before_value") + " -> " + r.get("after_value"))
                .containsExactly("DIBUAT null -> Libur Uji Daerah", "DIHAPUS Libur Uji Daerah -> null");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'HOLIDAY_CHANGED' AND subject = ?",
                        Integer.class,
                        tuesday.toString()))
                .isEqualTo(2);
    }

    @Test
    void theCalendarHoldsTheJointLeaveOf2026AndThePageAsksForTheYearsWithoutTheirDecree() {
        // SKB 1497/2025: 24 December 2026 is joint leave before Christmas, then the weekend; 1 January 2027 New Year
        assertThat(calendar.add(witaAt(2026, 12, 21), "P3D", WITA)).isEqualTo(witaAt(2026, 12, 28));
        assertThat(calendar.add(witaAt(2026, 12, 30), "P3D", WITA)).isEqualTo(witaAt(2027, 1, 5));
        // Nyepi on 19 March, joint leave on 18, 20, 23 and 24 March around Idul Fitri (21-22 March)
        assertThat(calendar.add(witaAt(2026, 3, 17), "P2D", WITA)).isEqualTo(witaAt(2026, 3, 26));

        // next year's religious holidays and joint leave are not in the list until its SKB is entered
        int nextYear = LocalDate.now(WITA).getYear() + 1;
        String page = new Browser("diskominfo").get("/data-induk/hari-libur").body();
        assertThat(page).contains("id=\"without-decree\"", "Daftar hari libur belum lengkap");
        assertThat(page.substring(page.indexOf("id=\"without-decree\""))).contains(String.valueOf(nextYear));
    }

    private static java.time.Instant witaAt(int year, int month, int day) {
        return java.time.ZonedDateTime.of(year, month, day, 10, 0, 0, 0, WITA).toInstant();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private List<String> opdValues() {
        return opdOptions.loadOpdOptions().opdOptions().stream()
                .map(LoadOpdOptionsWorker.Option::value)
                .toList();
    }

    private List<String> targetValues() {
        return targetOptions.active().stream()
                .map(ForwardTargetChoices.Option::value)
                .toList();
    }

    private List<Map<String, Object>> history(String kind, String key) {
        return jdbc
                .queryForList(
                        "SELECT actor, action, before_value, after_value FROM master_data_change"
                                + " WHERE kind = ? AND record_key = ? ORDER BY at, id",
                        kind,
                        key)
                .stream()
                .map(r -> {
                    Map<String, Object> lower = new LinkedHashMap<>();
                    r.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
                    return lower;
                })
                .toList();
    }

    private static String suffix() {
        return UUID.randomUUID()
                .toString()
                .substring(0, 8)
                .toUpperCase(Locale.ROOT)
                .replace('-', '0');
    }

    private static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    /** A staff member's browser: one cookie session opened through the login form, the CSRF token taken from the page. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser(String user) {
            HttpResponse<String> login =
                    postWithToken("/login", form("username", user, "password", "tanggap"), tokenFrom("/login"));
            assertThat(login.statusCode()).as("login of " + user).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) {
            return get(path, "text/html");
        }

        HttpResponse<String> get(String path, String accept) {
            return send(
                    HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
        }

        /** A page as a browser set to another language asks for it. */
        HttpResponse<String> getIn(String path, String language) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Accept-Language", language)
                    .GET());
        }

        /** Opens the page the form is on (the path itself), then sends the form with its CSRF token. */
        HttpResponse<String> post(String path, Map<String, String> form) {
            String page = path.replaceFirst("/(status|pemegang|hapus)$", "");
            return postWithToken(path, form, tokenFrom(page));
        }

        HttpResponse<String> postWithToken(String path, Map<String, String> form, String token) {
            Map<String, String> body = new LinkedHashMap<>(form);
            if (token != null) {
                body.put("_csrf", token);
            }
            String encoded = body.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)));
        }

        String tokenFrom(String path) {
            String body = get(path).body();
            Matcher tag = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(body);
            if (!tag.find()) {
                return "kosong";
            }
            Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(tag.group());
            return value.find() ? value.group(1) : "kosong";
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
