package id.tanggap.channels;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Connecting an official account to Tanggap from the official's page, each platform by its own
 * documented flow (docs/channels/connect.md): Facebook Pages and Instagram professional accounts
 * through Facebook Login for Business, X through OAuth 2.0 with PKCE, WhatsApp Cloud with a
 * system-user token and phone number id that Diskominfo enters. The state (and X's PKCE verifier) is
 * kept in the user's session, bound to the user and the account, used once, and ends after
 * {@code tanggap.channels.connect.state-time-to-live}. Tokens are stored encrypted and never shown.
 * Diskominfo, admins and the staff of the account's OPD may connect it.
 */
@Controller
@PreAuthorize("hasAnyRole('OPD', 'OPD_HEAD', 'DISKOMINFO', 'SUPERVISOR', 'ADMIN')")
class AccountConnectController {

    /** A started connection: whose, for which account, with which PKCE verifier, until when. */
    record Pending(long accountId, String platform, String username, String verifier, Instant expiresAt)
            implements Serializable {}

    record Row(long id, String platform, String handle, String url, String status, String state, String stateLabel) {}

    static final String PENDING = "tanggap.connect.pending";
    private static final Logger log = LoggerFactory.getLogger(AccountConnectController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OfficialAccounts accounts;
    private final Officials officials;
    private final AccountTokens tokens;
    private final MetaConnectClient meta;
    private final XOAuthClient x;
    private final ChannelProperties properties;
    private final TanggapProperties app;
    private final Clock clock;
    private final AuditTrail audit;

    AccountConnectController(
            OfficialAccounts accounts,
            Officials officials,
            AccountTokens tokens,
            MetaConnectClient meta,
            XOAuthClient x,
            ChannelProperties properties,
            TanggapProperties app,
            Clock clock,
            AuditTrail audit) {
        this.accounts = accounts;
        this.officials = officials;
        this.tokens = tokens;
        this.meta = meta;
        this.x = x;
        this.properties = properties;
        this.app = app;
        this.clock = clock;
        this.audit = audit;
    }

    /** The official's accounts and how each stands with its platform. */
    @GetMapping("/pejabat/{nip}/akun")
    String official(
            @PathVariable String nip,
            @AuthenticationPrincipal StaffUser user,
            Model model,
            HttpServletResponse response) {
        Official o = officials.find(nip).orElse(null);
        if (o == null) {
            return notFound(model, response, "Tidak ada pejabat dengan NIP tersebut.");
        }
        if (!user.seesWholeProvince()
                && (user.opdCode() == null || !user.opdCode().equals(o.getOpdCode()))) {
            throw new AccessDeniedException("official of another OPD");
        }
        model.addAttribute("official", o);
        model.addAttribute(
                "accounts",
                accounts.ofOfficial(nip).stream()
                        .map(AccountConnectController::row)
                        .toList());
        return "connect/official";
    }

    /** One account: its connection, and the button (or, for WhatsApp, the form) to connect it. */
    @GetMapping("/akun-resmi/{id}")
    String account(
            @PathVariable long id,
            @RequestParam(required = false) String hasil,
            @AuthenticationPrincipal StaffUser user,
            Model model,
            HttpServletResponse response) {
        OfficialAccount a = accounts.find(id).orElse(null);
        if (a == null) {
            return notFound(model, response, "Tidak ada akun resmi dengan nomor tersebut.");
        }
        if (!user.seesWholeProvince()
                && (user.opdCode() == null || !user.opdCode().equals(a.getOpdCode()))) {
            throw new AccessDeniedException("account of another OPD");
        }
        if ("terhubung".equals(hasil)) {
            model.addAttribute(
                    "message", "Akun berhasil dihubungkan. Token tersimpan terenkripsi dan tidak ditampilkan.");
        }
        return page(model, a, user, null);
    }

    /** Starts Facebook Login for Business or X's authorization: the browser goes to the platform. */
    @PostMapping("/akun-resmi/{id}/hubungkan")
    @PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'ADMIN')")
    String start(
            @PathVariable long id,
            @AuthenticationPrincipal StaffUser user,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        OfficialAccount a = accounts.find(id).orElse(null);
        if (a == null) {
            return notFound(model, response, "Tidak ada akun resmi dengan nomor tersebut.");
        }
        mayConnect(user, a);
        String state = random(32);
        switch (a.getPlatform()) {
            case "FACEBOOK", "INSTAGRAM" -> {
                if (!meta.configured()) {
                    return refused(
                            model, response, a, user, "Aplikasi Meta belum dikonfigurasi (TANGGAP_META_APP_ID).");
                }
                remember(session, state, new Pending(id, "META", user.username(), null, expiry()));
                return "redirect:" + meta.authorizeUrl(state, redirectUri("meta"));
            }
            case "X" -> {
                if (!x.configured()) {
                    return refused(model, response, a, user, "Aplikasi X belum dikonfigurasi (TANGGAP_X_CLIENT_ID).");
                }
                String verifier = random(48);
                remember(session, state, new Pending(id, "X", user.username(), verifier, expiry()));
                return "redirect:" + x.authorizeUrl(state, challenge(verifier), redirectUri("x"));
            }
            default -> {
                return refused(model, response, a, user, "Akun WhatsApp dihubungkan dengan formulir token sistem.");
            }
        }
    }

    /** WhatsApp Cloud: Diskominfo enters the system-user token and the phone number id; both are checked with Graph first. */
    @PostMapping("/akun-resmi/{id}/whatsapp")
    @PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
    String whatsApp(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String phoneNumberId,
            @RequestParam(defaultValue = "") String accessToken,
            @AuthenticationPrincipal StaffUser user,
            Model model,
            HttpServletResponse response) {
        OfficialAccount a = accounts.find(id).orElse(null);
        if (a == null) {
            return notFound(model, response, "Tidak ada akun resmi dengan nomor tersebut.");
        }
        model.addAttribute("phoneNumberId", phoneNumberId);
        if (!"WHATSAPP".equals(a.getPlatform())) {
            return refused(model, response, a, user, "Formulir ini hanya untuk akun WhatsApp.");
        }
        if (!phoneNumberId.trim().equals(a.getPlatformAccountId())) {
            return refused(model, response, a, user, "ID nomor telepon tidak sama dengan nomor WhatsApp akun ini.");
        }
        if (accessToken.isBlank() || accessToken.length() > 1000) {
            return refused(model, response, a, user, "Token akses wajib diisi.");
        }
        Instant expires = null;
        try {
            meta.whatsAppNumber(phoneNumberId.trim(), accessToken.trim());
            if (meta.configured()) {
                MetaConnectClient.TokenInfo info = meta.debug(accessToken.trim());
                if (!info.valid()) {
                    return refused(model, response, a, user, "Meta menyatakan token ini tidak berlaku.");
                }
                expires = info.expiresAt();
            }
        } catch (PlatformException e) {
            log.info("WhatsApp connection of official account {} refused by Graph (code {})", id, e.code());
            return refused(
                    model,
                    response,
                    a,
                    user,
                    e.permanent()
                            ? "Meta menolak token atau ID nomor telepon ini."
                            : "Meta tidak dapat dihubungi; coba lagi nanti.");
        }
        tokens.connected(id, accessToken.trim(), null, expires, user.username());
        audit.record(AuditAction.ACCOUNT_CHANGED, "akun resmi " + id, "dihubungkan (WhatsApp)");
        return "redirect:/akun-resmi/" + id + "?hasil=terhubung";
    }

    /** Facebook Login for Business returns here with a code (or an error when the person refused). */
    @GetMapping("/akun-resmi/hubungkan/meta")
    @PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'ADMIN')")
    String metaCallback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal StaffUser user,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Returned r = returned(session, state, "META", code, error, user, model, response, "Facebook");
        if (r.page() != null) {
            return r.page();
        }
        OfficialAccount a = r.account();
        try {
            MetaConnectClient.UserToken shortLived = meta.exchangeCode(code, redirectUri("meta"));
            MetaConnectClient.UserToken longLived = meta.longLived(shortLived.accessToken());
            MetaConnectClient.Page page = meta.pages(longLived.accessToken()).stream()
                    .filter(pg -> pg.serves(a))
                    .findFirst()
                    .orElse(null);
            if (page == null || page.accessToken() == null) {
                return refused(
                        model,
                        response,
                        a,
                        user,
                        "FACEBOOK".equals(a.getPlatform())
                                ? "Halaman Facebook akun ini tidak termasuk yang diizinkan."
                                : "Akun Instagram ini tidak tertaut ke Halaman yang diizinkan.");
            }
            meta.subscribe(page.id(), page.accessToken());
            MetaConnectClient.TokenInfo info = meta.debug(page.accessToken());
            if (!info.valid()) {
                return refused(model, response, a, user, "Meta menyatakan token Halaman tidak berlaku.");
            }
            // the long-lived user token is kept (encrypted, like the Page token) to derive a new Page token should
            // Meta ever give one that ends (CheckAccountTokensWorker); Page tokens from it normally do not end
            tokens.connected(a.getId(), page.accessToken(), longLived.accessToken(), info.expiresAt(), user.username());
        } catch (PlatformException e) {
            log.info("Meta connection of official account {} failed (code {})", a.getId(), e.code());
            return refused(model, response, a, user, "Meta menolak permintaan; akun belum terhubung.");
        }
        audit.record(AuditAction.ACCOUNT_CHANGED, "akun resmi " + a.getId(), "dihubungkan (" + a.getPlatform() + ")");
        return "redirect:/akun-resmi/" + a.getId() + "?hasil=terhubung";
    }

    /** X's authorize page returns here with a code (or error=access_denied). */
    @GetMapping("/akun-resmi/hubungkan/x")
    @PreAuthorize("hasAnyRole('OPD', 'DISKOMINFO', 'ADMIN')")
    String xCallback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal StaffUser user,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Returned r = returned(session, state, "X", code, error, user, model, response, "X");
        if (r.page() != null) {
            return r.page();
        }
        OfficialAccount a = r.account();
        try {
            XOAuthClient.Tokens t = x.exchange(code, r.pending().verifier(), redirectUri("x"));
            if (!a.getPlatformAccountId().equals(x.me(t.accessToken()))) {
                return refused(
                        model, response, a, user, "Izin diberikan oleh akun X lain, bukan akun ini; tidak disimpan.");
            }
            tokens.connected(a.getId(), t.accessToken(), t.refreshToken(), t.expiresAt(), user.username());
        } catch (PlatformException e) {
            log.info("X connection of official account {} failed (status {})", a.getId(), e.code());
            return refused(model, response, a, user, "X menolak permintaan; akun belum terhubung.");
        }
        audit.record(AuditAction.ACCOUNT_CHANGED, "akun resmi " + a.getId(), "dihubungkan (X)");
        return "redirect:/akun-resmi/" + a.getId() + "?hasil=terhubung";
    }

    /** What a platform's return to a callback carries: the started connection and its account, or the page that refuses it. */
    private record Returned(Pending pending, OfficialAccount account, String page) {}

    /**
     * The checks every callback makes first: the state is one this user started for this platform and still
     * valid (used once), and the person granted the permission (a code, no error).
     */
    private Returned returned(
            HttpSession session,
            String state,
            String platform,
            String code,
            String error,
            StaffUser user,
            Model model,
            HttpServletResponse response,
            String platformName) {
        Pending p = take(session, state, platform, user);
        if (p == null) {
            return new Returned(null, null, badState(model, response));
        }
        OfficialAccount a = accounts.load(p.accountId());
        if (error != null || code == null) {
            return new Returned(
                    p,
                    a,
                    refused(model, response, a, user, "Izin ditolak di " + platformName + "; akun belum terhubung."));
        }
        return new Returned(p, a, null);
    }

    private void mayConnect(StaffUser user, OfficialAccount a) {
        if (!user.mayActForOpd(a.getOpdCode())) {
            throw new AccessDeniedException("account of another OPD");
        }
    }

    private Instant expiry() {
        return clock.instant().plus(properties.connect().stateTimeToLive());
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, String state, Pending pending) {
        Map<String, Pending> pending0 = (Map<String, Pending>) session.getAttribute(PENDING);
        Map<String, Pending> all = pending0 == null ? new HashMap<>() : new HashMap<>(pending0);
        all.put(state, pending);
        session.setAttribute(PENDING, all);
    }

    /** The pending connection of this state, removed whatever comes next (a state is good once). */
    @SuppressWarnings("unchecked")
    private Pending take(HttpSession session, String state, String platform, StaffUser user) {
        Map<String, Pending> stored = (Map<String, Pending>) session.getAttribute(PENDING);
        if (state == null || stored == null || !stored.containsKey(state)) {
            return null;
        }
        Map<String, Pending> all = new HashMap<>(stored);
        Pending p = all.remove(state);
        all.values().removeIf(q -> q.expiresAt().isBefore(clock.instant()));
        session.setAttribute(PENDING, all);
        if (!p.platform().equals(platform)
                || !p.username().equals(user.username())
                || p.expiresAt().isBefore(clock.instant())) {
            return null;
        }
        return p;
    }

    private String redirectUri(String platform) {
        return app.publicBaseUrl().replaceAll("/+$", "") + "/akun-resmi/hubungkan/" + platform;
    }

    private String page(Model model, OfficialAccount a, StaffUser user, String problem) {
        model.addAttribute("account", row(a));
        model.addAttribute(
                "official",
                a.getOfficialNip() == null
                        ? null
                        : officials.find(a.getOfficialNip()).orElse(null));
        model.addAttribute("mayConnect", user.mayActForOpd(a.getOpdCode()) && !"WHATSAPP".equals(a.getPlatform()));
        model.addAttribute(
                "mayEnterWhatsApp", "WHATSAPP".equals(a.getPlatform()) && user.mayReadConfidentialIdentity());
        model.addAttribute("problem", problem);
        return "connect/account";
    }

    private String refused(
            Model model, HttpServletResponse response, OfficialAccount a, StaffUser user, String problem) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, a, user, problem);
    }

    private static String badState(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(
                "problem",
                "Permintaan penghubungan tidak dikenal, sudah dipakai, atau kedaluwarsa. Mulai lagi dari halaman akun.");
        model.addAttribute("account", null);
        return "connect/account";
    }

    private static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("pesan", message);
        return "error/404";
    }

    static Row row(OfficialAccount a) {
        return new Row(
                a.getId(),
                a.getPlatform(),
                a.getHandle(),
                a.getUrl(),
                a.getStatus(),
                a.connectionState().name(),
                a.connectionState().label());
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(verifier)). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> platforms() {
        return List.of("FACEBOOK", "INSTAGRAM", "X", "WHATSAPP");
    }
}
