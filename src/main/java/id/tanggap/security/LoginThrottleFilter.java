package id.tanggap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (the login form's POST or an HTTP Basic header) while {@link LoginThrottle}
 * blocks its user name or client address: 429 with Retry-After, before the password is checked, so a
 * blocked guess tells the attacker nothing.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null) {
            Duration wait = throttle.waitFor(username, request.getRemoteAddr());
            if (!wait.isZero()) {
                refuse(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            return username == null ? "" : username;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null; // not Base64: the Basic filter itself rejects it
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        long minutes = Math.max(1, (seconds + 59) / 60);
        String message = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + minutes + " menit.";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"><title>Coba lagi nanti - Tanggap</title>"
                                    + "<link rel=\"stylesheet\" href=\"/css/tanggap.css\"></head><body><main class=\"page\"><h1>Coba lagi nanti</h1><p id=\"throttled\">"
                                    + message
                                    + "</p><p><a href=\"/login\">Kembali ke halaman masuk</a></p></main></body></html>");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Terlalu banyak percobaan\",\"status\":429,\"detail\":\""
                                    + message + "\"}");
        }
    }
}
