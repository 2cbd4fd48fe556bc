package id.tanggap.registry;

import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Point 2, public: the verified social-media accounts of each OPD's echelon II and III officials, as
 * a page per OPD and for the whole region, as JSON, and as a snippet an OPD's website can include
 * ({@code <script src=".../direktori/DPUPR/embed.js"></script>}). Only verified accounts appear.
 */
@Controller
class DirectoryController {

    /** {@code connection}: whether Tanggap answers through the account (terhubung / perlu dihubungkan ulang / belum terhubung). */
    record Account(String platform, String handle, String url, String connection) {}

    /**
     * What the public needs to know whose account it is: name, position, echelon, accounts. No NIP:
     * it encodes the official's birth date and sex, and nobody needs it to follow an account.
     */
    record Entry(String name, String position, String echelon, List<Account> accounts) {}

    record OpdDirectory(String code, String name, List<Entry> officials) {}

    private final Opds opds;
    private final Officials officials;
    private final OfficialAccounts accounts;
    private final TanggapProperties properties;

    DirectoryController(Opds opds, Officials officials, OfficialAccounts accounts, TanggapProperties properties) {
        this.opds = opds;
        this.officials = officials;
        this.accounts = accounts;
        this.properties = properties;
    }

    List<OpdDirectory> directory(String only) {
        Map<String, List<OfficialAccount>> verified =
                accounts.verifiedOfOfficials().stream().collect(Collectors.groupingBy(OfficialAccount::getOfficialNip));
        Map<String, List<Official>> byOpd = officials.ofEchelons(List.of("II", "III")).stream()
                .filter(o -> verified.containsKey(o.getNip()))
                .collect(Collectors.groupingBy(Official::getOpdCode));
        List<OpdDirectory> out = new ArrayList<>();
        for (OpdInfo opd : opds.all()) {
            if (only != null && !only.equals(opd.code())) {
                continue;
            }
            List<Entry> entries = byOpd.getOrDefault(opd.code(), List.of()).stream()
                    .sorted(Comparator.comparing(Official::getEchelon).thenComparing(Official::getName))
                    .map(o -> new Entry(
                            o.getName(),
                            o.getPositionTitle(),
                            o.getEchelon(),
                            verified.get(o.getNip()).stream()
                                    .map(a -> new Account(
                                            a.getPlatform(),
                                            a.getHandle(),
                                            a.getUrl(),
                                            a.connectionState().label()))
                                    .toList()))
                    .toList();
            if (!entries.isEmpty() || only != null) {
                out.add(new OpdDirectory(opd.code(), opd.name(), entries));
            }
        }
        return out;
    }

    private OpdDirectory one(String code) {
        opds.find(code).orElseThrow(() -> new NotFoundException("Tidak ada OPD dengan kode " + code));
        return directory(code).get(0);
    }

    @GetMapping("/direktori")
    String page(Model model) {
        model.addAttribute("title", "Direktori akun resmi pejabat");
        model.addAttribute("directory", directory(null));
        return "public/directory";
    }

    @GetMapping("/direktori/{code}")
    String opdPage(@PathVariable String code, Model model, HttpServletResponse response) {
        OpdDirectory d;
        try {
            d = one(code);
        } catch (NotFoundException e) {
            // browsers get a page; /api/directory/{code} keeps its problem details
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("pesan", "Tidak ada perangkat daerah dengan kode " + code + " di direktori.");
            return "error/404";
        }
        model.addAttribute("title", "Akun resmi pejabat " + d.name());
        model.addAttribute("directory", List.of(d));
        return "public/directory";
    }

    @GetMapping("/api/directory")
    @ResponseBody
    List<OpdDirectory> json() {
        return directory(null);
    }

    @GetMapping("/api/directory/{code}")
    @ResponseBody
    OpdDirectory json(@PathVariable String code) {
        return one(code);
    }

    /** A script that writes the OPD's list where it is included; the markup is escaped. */
    @GetMapping("/direktori/{code}/embed.js")
    ResponseEntity<String> embed(@PathVariable String code) {
        OpdDirectory d = one(code);
        StringBuilder html = new StringBuilder("<div class=\"tanggap-direktori\"><strong>Akun resmi pejabat ")
                .append(HtmlUtils.htmlEscape(d.name()))
                .append("</strong><ul>");
        for (Entry e : d.officials()) {
            html.append("<li>")
                    .append(HtmlUtils.htmlEscape(e.name()))
                    .append(", ")
                    .append(HtmlUtils.htmlEscape(e.position()))
                    .append(": ");
            html.append(e.accounts().stream()
                    .map(a -> "<a href=\"" + HtmlUtils.htmlEscape(a.url()) + "\" rel=\"noopener\">"
                            + HtmlUtils.htmlEscape(a.platform() + " " + a.handle()) + "</a>")
                    .collect(Collectors.joining(" · ")));
            html.append("</li>");
        }
        html.append("</ul><small>Sumber: <a href=\"")
                .append(HtmlUtils.htmlEscape(properties.publicBaseUrl()))
                .append("/direktori/")
                .append(d.code())
                .append("\">Tanggap</a></small></div>");
        String js = "(function(){var s=document.currentScript;var d=document.createElement('div');d.innerHTML="
                + jsString(html.toString()) + ";s.parentNode.insertBefore(d,s);})();";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .header("Access-Control-Allow-Origin", "*")
                .body(js);
    }

    private static String jsString(String s) {
        return "'"
                + s.replace("\\", "\\\\")
                        .replace("'", "\\'")
                        .replace("\n", "\\n")
                        .replace("</", "<\\/") + "'";
    }
}
