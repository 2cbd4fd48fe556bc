package id.tanggap.shared;

import jakarta.servlet.RequestDispatcher;
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
        String path = path(request);
        return accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/")
                && !path.startsWith("/webhooks/")
                && !path.startsWith("/open311/")
                && !path.startsWith("/actuator/");
    }

    /**
     * The path the browser asked for, also while the error page of another refusal is being made: a form whose upload
     * is over the whole-form limit is refused by Tomcat before its CSRF token is read, so the security filter refuses it
     * first, and the multipart refusal comes on the way to that error page ({@code /error}).
     */
    public static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /**
     * The page for an upload over the limits ({@code error/413}): what was not done ({@code notDone}: "Aduan Anda belum
     * terkirim"), the limits in MB, and the form to open again. What was typed cannot be shown again: the body was
     * refused unread, so the page says so and what to do instead.
     */
    public static ModelAndView tooLarge(
            String notDone, long perFileMb, long totalMb, String formPath, String formLabel) {
        ModelAndView page = page(HttpStatusCode.valueOf(413), null);
        page.addObject("belum", notDone);
        page.addObject("batasFoto", perFileMb);
        page.addObject("batasKiriman", totalMb);
        page.addObject("formulir", formPath);
        page.addObject("namaFormulir", formLabel);
        return page;
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
