package id.tanggap.complainantnotice;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The /lacak proof for rating (RatingProofs): {@code POST /lacak/{ticket}/bukti-penilaian} issues a code and shows it
 * once, tying it to this browser by a cookie; {@code GET} the same address shows what it came to: waiting for the
 * code, the rating form once the complainant's account sent it, or a new code after it expired.
 */
@Controller
class RatingProofController {

    static final String COOKIE = "tanggap_bukti_penilaian";
    private static final Pattern TICKET = Pattern.compile("[A-Z0-9-]{1,40}");
    /** A token this controller made: 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final RatingProofs proofs;
    private final ComplainantNoticeProperties settings;
    private final TanggapProperties properties;
    private final SecureRandom random = new SecureRandom();

    RatingProofController(RatingProofs proofs, ComplainantNoticeProperties settings, TanggapProperties properties) {
        this.proofs = proofs;
        this.settings = settings;
        this.properties = properties;
    }

    @PostMapping("/lacak/{ticket}/bukti-penilaian")
    String request(
            @PathVariable String ticket,
            @CookieValue(name = COOKIE, required = false) String existing,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("ticket", ticket);
        if (!TICKET.matcher(ticket).matches()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("state", "NOT_OFFERED");
            return "public/rating-proof";
        }
        // the browser keeps its token, so that the codes it asks for are counted for it (and for nobody else)
        String token = existing != null && TOKEN.matcher(existing).matches() ? existing : newToken();
        try {
            RatingProofs.Issued issued = proofs.issue(ticket, token);
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath("/lacak/" + ticket);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge((int) settings.ratingProofValidity().toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            model.addAttribute("state", "ISSUED");
            model.addAttribute("code", issued.code());
            model.addAttribute("platform", issued.platform());
            model.addAttribute("handle", issued.handle());
            model.addAttribute("until", IndonesianDates.longDateTime(issued.expiresAt(), properties.zone()));
        } catch (RatingProofs.NotOffered e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("state", "NOT_OFFERED");
        } catch (RatingProofs.TooMany e) {
            response.setStatus(429);
            model.addAttribute("state", "TOO_MANY");
        }
        return "public/rating-proof";
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @GetMapping("/lacak/{ticket}/bukti-penilaian")
    String page(@PathVariable String ticket, @CookieValue(name = COOKIE, required = false) String token, Model model) {
        model.addAttribute("ticket", ticket);
        RatingProofs.Status status = TICKET.matcher(ticket).matches()
                ? proofs.status(ticket, token)
                : new RatingProofs.Status(RatingProofs.State.NONE, null, null);
        model.addAttribute("state", status.state().name());
        model.addAttribute("ratingCode", status.ratingCode());
        if (status.expiresAt() != null) {
            model.addAttribute("until", IndonesianDates.longDateTime(status.expiresAt(), properties.zone()));
        }
        return "public/rating-proof";
    }
}
