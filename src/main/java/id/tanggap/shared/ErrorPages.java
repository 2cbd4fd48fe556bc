package id.tanggap.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * Which requests get an Indonesian error page instead of problem details, and which page: a browser asking for a page
 * (Accept includes text/html) outside the machine doors. API clients, webhooks and Open311 always get RFC 9457 problem
 * details.
 */
public final class ErrorPages {

    private ErrorPages() {}

    public static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/")
                && !path.startsWith("/webhooks/")
                && !path.startsWith("/open311/")
                && !path.startsWith("/actuator/");
    }

    /**
     * The page for a status: 403, 404 and 413 have their own, every other status the general one. {@code message} is
     * shown when given, so it must be Indonesian and fit for the public (the messages of our own exceptions are).
     */
    public static ModelAndView page(HttpStatusCode status, String message) {
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 413 -> "error/413";
            default -> "error";
        };
        ModelAndView page = new ModelAndView(view, Map.of("status", status.value()), status);
        if (message != null && !message.isBlank()) {
            page.addObject("pesan", message);
        }
        return page;
    }
}
