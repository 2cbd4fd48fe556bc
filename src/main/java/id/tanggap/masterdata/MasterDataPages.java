package id.tanggap.masterdata;

import id.tanggap.audit.MasterDataHistory;
import id.tanggap.audit.MasterDataHistory.Kind;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /data-induk}: the index of the master data screens with the latest changes, and the history of a record or a list. */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class MasterDataPages {

    /** Kinds of master data as the pages name them, and the screen each is kept on. */
    static final Map<Kind, String[]> KINDS = Map.of(
            Kind.OPD, new String[] {"OPD", "/data-induk/opd"},
            Kind.POSITION, new String[] {"Jabatan", "/data-induk/jabatan"},
            Kind.CATEGORY, new String[] {"Kategori aduan", "/data-induk/kategori"},
            Kind.ESCALATION_CONTACT, new String[] {"Kontak eskalasi", "/data-induk/kontak-eskalasi"},
            Kind.FORWARD_TARGET, new String[] {"Tujuan penerusan", "/data-induk/tujuan-penerusan"},
            Kind.HOLIDAY, new String[] {"Hari libur", "/data-induk/hari-libur"});

    private static final int LATEST = 50;

    private final MasterDataHistory history;

    MasterDataPages(MasterDataHistory history) {
        this.history = history;
    }

    @GetMapping("/data-induk")
    String index(Model model) {
        model.addAttribute("changes", history.latest(null, LATEST));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("order", Arrays.asList(Kind.values()));
        return "masterdata/index";
    }

    /** The history of one record ({@code kunci}) or, without it, the latest changes of a kind. */
    @GetMapping("/data-induk/riwayat")
    String history(
            @RequestParam(required = false) String jenis, @RequestParam(required = false) String kunci, Model model) {
        // an unknown kind (a hand-edited address) shows the latest changes of every kind
        Kind kind = Arrays.stream(Kind.values())
                .filter(k -> k.name().equals(jenis))
                .findFirst()
                .orElse(null);
        boolean one = kind != null && kunci != null && !kunci.isBlank();
        model.addAttribute("changes", one ? history.of(kind, kunci) : history.latest(kind, LATEST));
        model.addAttribute("kindLabel", kind == null ? "Semua data induk" : KINDS.get(kind)[0]);
        model.addAttribute("kindPage", kind == null ? "/data-induk" : KINDS.get(kind)[1]);
        model.addAttribute("recordKey", one ? kunci : null);
        model.addAttribute("kinds", KINDS);
        return "masterdata/history";
    }
}
