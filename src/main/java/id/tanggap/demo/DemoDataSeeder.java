package id.tanggap.demo;

import id.tanggap.escalation.EscalationContact;
import id.tanggap.escalation.EscalationContactRepository;
import id.tanggap.forwarding.ForwardTarget;
import id.tanggap.forwarding.ForwardTargetRepository;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.OfficialRepository;
import id.tanggap.routing.Opds;
import id.tanggap.security.AppUser;
import id.tanggap.security.AppUserRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of a province like NTB: its OPDs, their echelon II and III officials (the echelon III ones hold the positions that
 * complaint-routing.dmn names), escalation contacts, forwarding targets and demo staff logins. Only with {@code TANGGAP_DEMO_DATA=true};
 * inserts what is missing, so it can run on every start.
 */
@Component
@ConditionalOnProperty(name = "tanggap.demo-data", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataSeeder implements ApplicationRunner {

    /** Password of every demo login; for the dev run and demos only. */
    static final String DEMO_PASSWORD = "tanggap";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final Opds opds;
    private final OfficialRepository officials;
    private final id.tanggap.officials.Officials register;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final EscalationContactRepository contacts;
    private final ForwardTargetRepository forwardTargets;
    private final OfficialAccounts accounts;
    private final id.tanggap.inventory.StaffImport staffImport;
    private final id.tanggap.inventory.StaffMemberRepository staff;

    DemoDataSeeder(
            OfficialAccounts accounts,
            Opds opds,
            OfficialRepository officials,
            id.tanggap.officials.Officials register,
            AppUserRepository users,
            PasswordEncoder passwords,
            EscalationContactRepository contacts,
            ForwardTargetRepository forwardTargets,
            id.tanggap.inventory.StaffImport staffImport,
            id.tanggap.inventory.StaffMemberRepository staff) {
        this.staffImport = staffImport;
        this.staff = staff;
        this.accounts = accounts;
        this.contacts = contacts;
        this.forwardTargets = forwardTargets;
        this.opds = opds;
        this.officials = officials;
        this.register = register;
        this.users = users;
        this.passwords = passwords;
    }

    record DemoOpd(
            String code,
            String name,
            String shortName,
            String headNip,
            String headName,
            String headTitle,
            String responderNip,
            String responderName,
            String responderTitle) {}

    /** The position complaint-routing.dmn names in each demo OPD; its responder (echelon III) holds it. */
    static final java.util.Map<String, String> ROUTED_POSITIONS = java.util.Map.of(
            "DPUPR", "KABID_BINA_MARGA",
            "BPBD", "KABID_KEDARURATAN_LOGISTIK",
            "DLHK", "KABID_PENGELOLAAN_SAMPAH",
            "DISHUB", "KABID_LALU_LINTAS_JALAN",
            "DIKES", "KABID_PELAYANAN_KESEHATAN",
            "DIKBUD", "KABID_PEMBINAAN_SMA",
            "DINSOS", "KABID_PERLINDUNGAN_JAMINAN_SOSIAL",
            "INSPEKTORAT", "IRBAN_WILAYAH_I",
            "DISKOMINFOTIK", "KABID_IKP");

    static final List<DemoOpd> OPDS = List.of(
            new DemoOpd(
                    "DPUPR",
                    "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB",
                    "Dinas PUPR",
                    "196805121994031005",
                    "Ir. Lalu Hamdan Wirasakti, M.T.",
                    "Kepala Dinas PUPR",
                    "197203151998031004",
                    "Baiq Rahmawati Sasmita, S.T.",
                    "Kepala Bidang Bina Marga"),
            new DemoOpd(
                    "BPBD",
                    "Badan Penanggulangan Bencana Daerah Provinsi NTB",
                    "BPBD",
                    "196911231995031003",
                    "Drs. Ahmad Sahrul Mulyadi",
                    "Kepala Pelaksana BPBD",
                    "197508212000121002",
                    "I Made Suarjana, S.Sos.",
                    "Kepala Bidang Kedaruratan dan Logistik"),
            new DemoOpd(
                    "DLHK",
                    "Dinas Lingkungan Hidup dan Kehutanan Provinsi NTB",
                    "Dinas LHK",
                    "197001091996031002",
                    "Ir. Muhammad Juaini Taofik, M.AP.",
                    "Kepala Dinas LHK",
                    "197811042003122003",
                    "Lale Nurjannah Hidayati, S.Hut.",
                    "Kepala Bidang Pengelolaan Sampah"),
            new DemoOpd(
                    "DISHUB",
                    "Dinas Perhubungan Provinsi NTB",
                    "Dinas Perhubungan",
                    "197104171997031006",
                    "Lalu Moh. Faozal, S.Sos.",
                    "Kepala Dinas Perhubungan",
                    "198002172005011005",
                    "Ketut Ardana Putra, S.T.",
                    "Kepala Bidang Lalu Lintas Jalan"),
            new DemoOpd(
                    "DIKES",
                    "Dinas Kesehatan Provinsi NTB",
                    "Dinas Kesehatan",
                    "196907301995032004",
                    "dr. Lalu Hamzi Fikri, MM.",
                    "Kepala Dinas Kesehatan",
                    "197906302006042008",
                    "Ns. Siti Aisyah Maulida, M.Kes.",
                    "Kepala Bidang Pelayanan Kesehatan"),
            new DemoOpd(
                    "DIKBUD",
                    "Dinas Pendidikan dan Kebudayaan Provinsi NTB",
                    "Dinas Dikbud",
                    "197202081998031008",
                    "Dr. Aidy Furqan, M.Pd.",
                    "Kepala Dinas Dikbud",
                    "198104122006041011",
                    "Sahnan Ramdhani, S.Pd., M.Pd.",
                    "Kepala Bidang Pembinaan SMA"),
            new DemoOpd(
                    "DINSOS",
                    "Dinas Sosial Provinsi NTB",
                    "Dinas Sosial",
                    "197011141996032005",
                    "Dra. Nunung Triningsih, M.M.",
                    "Kepala Dinas Sosial",
                    "197702252002122006",
                    "Hj. Rabiatul Adawiyah, S.Sos.",
                    "Kepala Bidang Perlindungan dan Jaminan Sosial"),
            new DemoOpd(
                    "INSPEKTORAT",
                    "Inspektorat Provinsi NTB",
                    "Inspektorat",
                    "196812201994031009",
                    "Ibnu Salim, S.H., M.Si.",
                    "Inspektur",
                    "197412081999031007",
                    "Lalu Gita Ariadi Putra, S.E.",
                    "Inspektur Pembantu Wilayah I"),
            new DemoOpd(
                    "DISKOMINFOTIK",
                    "Dinas Komunikasi, Informatika dan Statistik Provinsi NTB",
                    "Diskominfotik",
                    "197305161999031004",
                    "Dr. Najamuddin Amy, S.Sos., M.M.",
                    "Kepala Diskominfotik",
                    "198306092009011003",
                    "Baiq Nelly Yuniarti, S.Kom.",
                    "Kepala Bidang Informasi dan Komunikasi Publik"));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (DemoOpd d : OPDS) {
            String slug = d.code().toLowerCase();
            if (opds.registerIfAbsent(d.code(), d.name(), d.shortName(), "opd-" + slug, slug + "@ntbprov.example")) {
                added++;
            }
            if (!officials.existsById(d.headNip())) {
                officials.save(new Official(
                        d.headNip(),
                        d.headName(),
                        d.headTitle(),
                        "II",
                        d.code(),
                        "kadis." + slug + "@ntbprov.example",
                        null));
            }
            if (!officials.existsById(d.responderNip())) {
                officials.save(new Official(
                        d.responderNip(),
                        d.responderName(),
                        d.responderTitle(),
                        "III",
                        d.code(),
                        "kabid." + slug + "@ntbprov.example",
                        d.headNip()));
            }
            String position = ROUTED_POSITIONS.get(d.code());
            if (!register.positionExists(d.code(), position)) {
                register.givePosition(
                        d.code(), position, d.responderTitle(), d.responderNip(), java.time.Instant.now(), "sistem");
            }
        }
        contact("SEKDA", "Sekretaris Daerah Provinsi NTB", "sekda@ntbprov.example");
        contact("GOVERNOR_OFFICE", "Kantor Gubernur NTB (Biro Administrasi Pimpinan)", "gubernur@ntbprov.example");
        contact("GOVERNOR", "Gubernur Nusa Tenggara Barat", "gubernur.pribadi@ntbprov.example");
        contact("VICE_GOVERNOR", "Wakil Gubernur Nusa Tenggara Barat", "wagub@ntbprov.example");
        contact("EMERGENCY_112", "Command Center 112 Provinsi NTB", "112@ntbprov.example");
        contact("DISKOMINFO_HEAD", "Kepala Diskominfotik Provinsi NTB", "kadis.diskominfotik@ntbprov.example");
        for (String[] t : FORWARD_TARGETS) {
            if (!forwardTargets.existsById(t[0])) {
                forwardTargets.save(new ForwardTarget(t[0], t[1], t[2], t[3]));
            }
        }
        // the province's institutional accounts that take complaints (ids as in the channel fixtures; demo tokens)
        account("FACEBOOK", "104857600000001", "PemprovNTB", "https://www.facebook.com/PemprovNTB");
        account("INSTAGRAM", "17841400000000001", "pemprov.ntb", "https://www.instagram.com/pemprov.ntb");
        account("WHATSAPP", "106540352242922", "+62 812-3700-0001", "https://wa.me/6281237000001");
        account("X", "1450000000000000001", "PemprovNTB_Uji", "https://x.com/PemprovNTB_Uji");
        // verified personal accounts of some officials (point 1 and 2); the others are the gaps the registry lists
        personal("FACEBOOK", "196805121994031005", "lalu.hamdan.pupr");
        personal("INSTAGRAM", "196805121994031005", "lalu.hamdan.pupr");
        personal("X", "196805121994031005", "LaluHamdanPUPR");
        personal("FACEBOOK", "197203151998031004", "baiq.rahmawati.bm");
        personal("INSTAGRAM", "197203151998031004", "baiq.rahmawati.bm");
        personal("X", "197203151998031004", "BaiqRahmawatiBM");
        personal("FACEBOOK", "197001091996031002", "juaini.taofik");
        personal("INSTAGRAM", "197001091996031002", "juaini.taofik");
        // a few ASN/THL in the inventory, with work e-mail and accounts, so that a demo campaign has someone to invite
        if (staff.count() == 0) {
            staffImport.importCsv("""
                    nip,nama,opd,jenis,email,facebook,instagram,x
                    199203152019031007,Lalu Ahmad Zulkarnain,DPUPR,ASN,lalu.zulkarnain@ntbprov.example,,zul.pupr,ZulPUPR
                    199408212020122011,Baiq Dian Lestari,DPUPR,ASN,baiq.dian@ntbprov.example,baiq.dian.pupr,,BaiqDianPUPR
                    THL-DLHK-0042,Muhammad Rizal,DLHK,THL,rizal.dlhk@ntbprov.example,,rizal.dlhk,
                    199012102015032004,Ni Kadek Ayu Wulandari,DINSOS,ASN,kadek.ayu@ntbprov.example,,kadek.ayu.dinsos,KadekAyuDinsos
                    """);
        }
        user("admin", "Administrator Tanggap", "ADMIN,SUPERVISOR,DISKOMINFO", null);
        user("diskominfo", "Operator Diskominfotik", "DISKOMINFO", "DISKOMINFOTIK");
        user("sekda", "Sekretariat Daerah", "SUPERVISOR", null);
        user("pupr", "Operator Dinas PUPR", "OPD", "DPUPR");
        user("dlhk", "Operator Dinas LHK", "OPD", "DLHK");
        user("kadis-pupr", "Kepala Dinas PUPR", "OPD_HEAD", "DPUPR");
        user("kadis-dlhk", "Kepala Dinas LHK", "OPD_HEAD", "DLHK");
        if (added > 0) {
            log.info("demo data: {} OPDs with their officials and demo logins added", added);
        }
    }

    static final String[][] FORWARD_TARGETS = {
        {"KOTA_MATARAM", "Pemerintah Kota Mataram", "CITY", "aduan@mataramkota.example"},
        {"KAB_LOMBOK_BARAT", "Pemerintah Kabupaten Lombok Barat", "REGENCY", "aduan@lombokbaratkab.example"},
        {"KAB_LOMBOK_TENGAH", "Pemerintah Kabupaten Lombok Tengah", "REGENCY", "aduan@lomboktengahkab.example"},
        {"KAB_LOMBOK_TIMUR", "Pemerintah Kabupaten Lombok Timur", "REGENCY", "aduan@lomboktimurkab.example"},
        {"KAB_LOMBOK_UTARA", "Pemerintah Kabupaten Lombok Utara", "REGENCY", "aduan@lombokutarakab.example"},
        {"KAB_SUMBAWA", "Pemerintah Kabupaten Sumbawa", "REGENCY", "aduan@sumbawakab.example"},
        {"KAB_SUMBAWA_BARAT", "Pemerintah Kabupaten Sumbawa Barat", "REGENCY", "aduan@sumbawabaratkab.example"},
        {"KAB_DOMPU", "Pemerintah Kabupaten Dompu", "REGENCY", "aduan@dompukab.example"},
        {"KAB_BIMA", "Pemerintah Kabupaten Bima", "REGENCY", "aduan@bimakab.example"},
        {"KOTA_BIMA", "Pemerintah Kota Bima", "CITY", "aduan@bimakota.example"},
        {"LAPOR", "SP4N-LAPOR! (instansi pusat)", "NATIONAL", "lapor@lapor.example"}
    };

    private void account(String platform, String id, String handle, String url) {
        if (accounts.onPlatform(platform, id).isEmpty()) {
            accounts.save(new OfficialAccount(
                    platform,
                    id,
                    handle,
                    url,
                    "DISKOMINFOTIK",
                    null,
                    "VERIFIED",
                    "demo-token-" + platform.toLowerCase(),
                    java.time.Instant.now()));
        }
    }

    private void personal(String platform, String nip, String handle) {
        if (accounts.onPlatform(platform, handle.toLowerCase()).isEmpty()) {
            Official o = officials.findById(nip).orElseThrow();
            String url = switch (platform) {
                case "FACEBOOK" -> "https://www.facebook.com/" + handle;
                case "INSTAGRAM" -> "https://www.instagram.com/" + handle;
                default -> "https://x.com/" + handle;
            };
            OfficialAccount a = new OfficialAccount(
                    platform,
                    handle.toLowerCase(),
                    handle,
                    url,
                    o.getOpdCode(),
                    nip,
                    "SUBMITTED",
                    null,
                    java.time.Instant.now());
            a.verified(java.time.Instant.now());
            accounts.save(a);
        }
    }

    private void contact(String role, String name, String email) {
        if (!contacts.existsById(role)) {
            contacts.save(new EscalationContact(role, name, email));
        }
    }

    private void user(String username, String displayName, String roles, String opdCode) {
        if (!users.existsById(username)) {
            users.save(new AppUser(username, passwords.encode(DEMO_PASSWORD), displayName, roles, opdCode));
        }
    }
}
