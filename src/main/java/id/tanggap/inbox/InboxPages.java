package id.tanggap.inbox;

import id.tanggap.officials.OfficialAccounts;
import id.tanggap.routing.Opds;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.Masking;
import id.tanggap.shared.StaffUser;
import id.tanggap.shared.TanggapProperties;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /kotak-masuk}: Diskominfo's social inbox. Lists interactions by account, class, state and
 * time (waiting ones by default, spam hidden unless asked for); one button per row or a selection makes
 * cases, forwards aspirations to an OPD, answers questions with a saved reply on the platform, or
 * dismisses. After an action the browser is sent back to the list (post/redirect/get).
 */
@Controller
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class InboxPages {

    static final int PAGE = 200;
    /** The filter's query string, taken back after an action; nothing that could leave the page. */
    static final java.util.regex.Pattern SAFE_QUERY = java.util.regex.Pattern.compile("[A-Za-z0-9=&_%.-]{0,300}");

    private final InteractionRepository interactions;
    private final InboxActions actions;
    private final OfficialAccounts accounts;
    private final Opds opds;
    private final TanggapProperties properties;

    InboxPages(
            InteractionRepository interactions,
            InboxActions actions,
            OfficialAccounts accounts,
            Opds opds,
            TanggapProperties properties) {
        this.interactions = interactions;
        this.actions = actions;
        this.accounts = accounts;
        this.opds = opds;
        this.properties = properties;
    }

    @GetMapping("/kotak-masuk")
    String list(
            @RequestParam(name = "akun", required = false) String account,
            @RequestParam(name = "kelas", required = false) String interactionClass,
            @RequestParam(name = "status", required = false, defaultValue = "MENUNGGU") String state,
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(name = "halaman", required = false) String pageNumber,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        InteractionClass cls = parse(InteractionClass.class, interactionClass, "kelas");
        InteractionState st = "SEMUA".equals(state) ? null : parse(InteractionState.class, state, "status");
        var zone = properties.zone();
        Specification<Interaction> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (account != null && !account.isBlank()) {
                p.add(cb.equal(root.get("accountId"), account));
            }
            if (cls != null) {
                p.add(cb.equal(root.get("interactionClass"), cls));
            } else {
                p.add(cb.notEqual(root.get("interactionClass"), InteractionClass.SPAM)); // spam only when asked for
            }
            if (st != null) {
                p.add(cb.equal(root.get("state"), st));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(
                        root.get("receivedAt"), from.atStartOfDay(zone).toInstant()));
            }
            if (to != null) {
                p.add(cb.lessThan(
                        root.get("receivedAt"),
                        to.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        var handles = new java.util.HashMap<String, String>();
        accounts.all().forEach(a -> handles.put(a.getPlatform() + ":" + a.getPlatformAccountId(), a.getHandle()));
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by(Sort.Direction.DESC, "id"));
        int page = page(pageNumber);
        Page<Interaction> found = interactions.findAll(spec, PageRequest.of(page - 1, PAGE, newestFirst));
        if (found.isEmpty() && page > 1) { // past the last page: the first one rather than an empty list
            page = 1;
            found = interactions.findAll(spec, PageRequest.of(0, PAGE, newestFirst));
        }
        List<InboxRow> rows = found.map(i -> new InboxRow(
                        i.getId(),
                        i.getChannel(),
                        handles.getOrDefault(i.getPlatform() + ":" + i.getAccountId(), i.getAccountId()),
                        i.getSenderName() == null ? "-" : Masking.name(i.getSenderName()),
                        i.getBody(),
                        i.getReceivedAt(),
                        i.getInteractionClass().name(),
                        i.getInteractionClass().label(),
                        String.format(java.util.Locale.ROOT, "%.0f %%", 100 * i.getConfidence()),
                        i.getState().name(),
                        i.getState().label(),
                        i.getSuggestedCategory(),
                        i.getUrgency(),
                        i.getTicket(),
                        i.undecided(),
                        i.getOfficialReplyId() != null))
                .getContent();
        model.addAttribute("rows", rows);
        long total = found.getTotalElements();
        long first = (long) (page - 1) * PAGE + 1;
        model.addAttribute(
                "shown",
                rows.isEmpty()
                        ? ""
                        : "Menampilkan " + number(first) + "\u2013" + number(first + rows.size() - 1) + " dari "
                                + number(total) + " pesan");
        model.addAttribute("previous", page > 1 ? pageLink(account, cls, st, from, to, page - 1) : null);
        model.addAttribute("next", found.hasNext() ? pageLink(account, cls, st, from, to, page + 1) : null);
        model.addAttribute(
                "accounts",
                handles.entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByValue())
                        .map(e -> java.util.Map.of(
                                "id", e.getKey().substring(e.getKey().indexOf(':') + 1), "handle", e.getValue()))
                        .toList());
        // plain maps: the page's expressions cannot call methods of this package's non-public types
        model.addAttribute(
                "classes",
                java.util.Arrays.stream(InteractionClass.values())
                        .map(c -> java.util.Map.of("code", c.name(), "label", c.label()))
                        .toList());
        model.addAttribute(
                "states",
                java.util.Arrays.stream(InteractionState.values())
                        .map(c -> java.util.Map.of("code", c.name(), "label", c.label()))
                        .toList());
        model.addAttribute("opds", opds.all());
        model.addAttribute("savedReplies", actions.savedReplies());
        model.addAttribute("akun", account);
        model.addAttribute("kelas", cls == null ? "" : cls.name());
        model.addAttribute("status", st == null ? "SEMUA" : st.name());
        model.addAttribute("dari", from);
        model.addAttribute("sampai", to);
        String query = request.getQueryString();
        model.addAttribute("back", query == null || !SAFE_QUERY.matcher(query).matches() ? "" : "?" + query);
        return "inbox/list";
    }

    /**
     * One action: {@code aksi} is ACTION (on the selected {@code ids}) or ACTION:id (the row's own button);
     * ACTION is KASUS, ASPIRASI, JAWAB or ABAIKAN.
     */
    @PostMapping("/kotak-masuk")
    String act(
            @RequestParam(name = "aksi", required = false) String action,
            @RequestParam(name = "ids", required = false) List<Long> selected,
            @RequestParam(name = "opd", required = false) String opd,
            @RequestParam(name = "balasan", required = false) Long savedReply,
            @RequestParam(name = "kembali", required = false) String back,
            @AuthenticationPrincipal StaffUser user,
            RedirectAttributes redirect) {
        String what = action == null ? "" : action;
        List<Long> ids = selected == null ? List.of() : selected;
        int colon = what.indexOf(':');
        if (colon > 0) {
            try {
                ids = List.of(Long.parseLong(what.substring(colon + 1)));
            } catch (NumberFormatException e) {
                ids = List.of();
            }
            what = what.substring(0, colon);
        }
        String target = "redirect:/kotak-masuk"
                + (back != null
                                && back.startsWith("?")
                                && SAFE_QUERY.matcher(back.substring(1)).matches()
                        ? back
                        : "");
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of("Pilih setidaknya satu pesan."));
            return target;
        }
        try {
            InboxActions.Outcome outcome = switch (what) {
                case "KASUS" -> actions.makeCases(ids, user.username());
                case "ASPIRASI" -> actions.aspiration(ids, opd, user.username());
                case "JAWAB" -> {
                    if (savedReply == null) {
                        throw InvalidInputException.of("balasan", "pilih balasan tersimpan");
                    }
                    yield actions.answer(ids, savedReply, user.username());
                }
                case "ABAIKAN" -> actions.dismiss(ids, user.username());
                default -> throw InvalidInputException.of("aksi", "aksi tidak dikenal");
            };
            redirect.addFlashAttribute("result", summary(what, outcome));
            redirect.addFlashAttribute("tickets", outcome.tickets());
            redirect.addFlashAttribute("problems", outcome.problems());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + p.message())
                            .toList());
        }
        return target;
    }

    private static String summary(String action, InboxActions.Outcome o) {
        String verb = switch (action) {
            case "KASUS" -> "dijadikan kasus";
            case "ASPIRASI" -> "diteruskan sebagai aspirasi";
            case "JAWAB" -> "dijawab";
            default -> "diabaikan";
        };
        return o.done() + " pesan " + verb
                + (o.alreadyDecided() > 0 ? "; " + o.alreadyDecided() + " sudah diputuskan sebelumnya" : "") + ".";
    }

    /** The requested page, counted from 1; anything that is not a page number means the first page. */
    private static int page(String value) {
        try {
            int page = Integer.parseInt(value == null ? "" : value.strip());
            return page < 1 || page > 1_000_000 ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Another page of the same list: the filters kept, the page changed. */
    private static String pageLink(
            String account, InteractionClass cls, InteractionState st, LocalDate from, LocalDate to, int page) {
        var link = UriComponentsBuilder.fromPath("/kotak-masuk");
        if (account != null && !account.isBlank()) {
            link.queryParam("akun", account);
        }
        if (cls != null) {
            link.queryParam("kelas", cls.name());
        }
        link.queryParam("status", st == null ? "SEMUA" : st.name());
        if (from != null) {
            link.queryParam("dari", from);
        }
        if (to != null) {
            link.queryParam("sampai", to);
        }
        return link.queryParam("halaman", page).encode().toUriString();
    }

    /** A count the Indonesian way: 1.234. */
    private static String number(long n) {
        return String.format(java.util.Locale.forLanguageTag("id"), "%,d", n);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "tidak dikenal");
        }
    }
}
