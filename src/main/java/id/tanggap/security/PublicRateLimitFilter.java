package id.tanggap.security;

import id.tanggap.shared.RequestedTickets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits how fast one client (by IP address, which the forwarded-header handling has already set
 * to the real client behind the proxy) may use the anonymous doors, so that nobody floods the
 * intake with cases or walks the public lists. Two groups with their own budget: new complaints
 * (and the other anonymous POSTs: the privacy door, the checks of a case's confirmation code), and
 * public lists/tracking. A request takes one token, except an Open311 lookup of several tickets
 * ({@code service_request_id=A,B,...}), which takes one per distinct ticket asked: otherwise one
 * request could walk 50 tickets for the price of one. A refused request gets 429 with Retry-After,
 * in the door's own format: problem details for /api, a GeoReport v2 error array for /open311, a
 * page otherwise. Doors are told apart by the path as the application's handlers see it (decoded, without
 * ";" parameters): {@code /%61duan} is the intake as much as {@code /aduan}. HEAD counts as GET: the
 * handler runs all the same and its status tells whether a ticket exists.
 */
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimitFilter.class);

    enum Door {
        INTAKE,
        PUBLIC
    }

    /**
     * The POSTs that check a case's confirmation code (rating, the answer to a request for more information): in
     * the intake's budget, so that nobody tries code after code at the speed of the network.
     */
    private static final Pattern CODE_CHECKS =
            Pattern.compile("/(lacak/[^/]+/(nilai|info)|api/complaints/[^/]+/(rating|info))");

    /** The buckets in use; swapped as a whole when the limits change. */
    record Limits(TokenBuckets intake, TokenBuckets reads) {}

    private volatile Limits limits;

    PublicRateLimitFilter(Limits limits) {
        this.limits = limits;
    }

    static Limits limits(int intakePerMinute, int publicPerMinute, int maxClients) {
        return new Limits(
                new TokenBuckets(intakePerMinute, maxClients, System::nanoTime),
                new TokenBuckets(publicPerMinute, maxClients, System::nanoTime));
    }

    /** Replaces the limits (fresh buckets); returns the previous ones. For tests of the limit itself. */
    Limits use(Limits next) {
        Limits previous = limits;
        limits = next;
        return previous;
    }

    private static final String OPEN311_LOOKUP = "/open311/v2/requests.json";

    /**
     * Tokens the request costs at its door: the distinct tickets an Open311 lookup asks for (all values of
     * {@code service_request_id}, comma-separated, as the controller reads them), else one.
     */
    static int cost(HttpServletRequest request) {
        if (!reads(request.getMethod()) || !path(request).equals(OPEN311_LOOKUP)) {
            return 1;
        }
        return Math.max(
                1,
                RequestedTickets.of(request.getParameterValues("service_request_id"))
                        .size());
    }

    /**
     * The path within the application as the handlers and Spring Security match it: percent-decoded, without
     * ";" parameters, "//" folded. The raw request URI would let {@code /%61duan} pass as another door.
     */
    static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    /** GET, and HEAD, which runs the same handler (its status and length tell as much). */
    private static boolean reads(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    static Door door(HttpServletRequest request) {
        String path = path(request);
        String method = request.getMethod();
        if ("POST".equals(method)) {
            if (path.equals("/api/complaints")
                    || path.equals("/aduan")
                    || path.equals("/open311/v2/requests.json")
                    || path.startsWith("/privasi/")
                    || path.endsWith("/bukti-penilaian")
                    || CODE_CHECKS.matcher(path).matches()) {
                return Door.INTAKE;
            }
            return null;
        }
        if (reads(method)
                && (path.startsWith("/open311/")
                        || path.startsWith("/lacak/")
                        || path.startsWith("/api/directory")
                        || path.matches("/api/complaints/[^/]+"))) {
            return Door.PUBLIC;
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Door door = door(request);
        if (door == null) {
            chain.doFilter(request, response);
            return;
        }
        Limits current = limits;
        TokenBuckets buckets = door == Door.INTAKE ? current.intake() : current.reads();
        int cost = door == Door.PUBLIC ? cost(request) : 1;
        if (cost > buckets.perMinute()) {
            // more tickets in one lookup than a client may read in a minute: it could never pass
            log.info("rate limit: refused a lookup of more tickets than the {} door allows per minute", door);
            tooLarge(response, buckets.perMinute());
            return;
        }
        long retryAfter = buckets.take(request.getRemoteAddr(), cost);
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        // no address in the log: it is personal data, and the door is what the operator needs
        log.info("rate limit: refused a request at the {} door ({} per minute)", door, buckets.perMinute());
        refuse(request, response, retryAfter);
    }

    /** A GeoReport v2 error (only Open311 lookups cost more than one token). */
    private static void tooLarge(HttpServletResponse response, int perMinute) throws IOException {
        response.setStatus(400);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write("[{\"code\":400,\"description\":\"service_request_id: paling banyak " + perMinute
                        + " nomor aduan per permintaan\"}]");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter)
            throws IOException {
        String path = path(request);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message =
                "Terlalu banyak permintaan dari alamat Anda. Silakan coba lagi dalam " + retryAfter + " detik.";
        if (path.startsWith("/open311/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("[{\"code\":429,\"description\":\"" + message + "\"}]");
        } else if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write(
                            "{\"type\":\"https://tanggap.id/problems/too-many-requests\",\"title\":\"Terlalu banyak permintaan\","
                                    + "\"status\":429,\"detail\":\"" + message + "\",\"retryAfterSeconds\":"
                                    + retryAfter + "}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Terlalu banyak permintaan</title></head>
                    <body><main><h1>Terlalu banyak permintaan</h1><p>%s</p>
                    <p>Jika Anda sedang mengisi formulir aduan, kembali ke halaman sebelumnya: isian Anda masih ada di sana.</p></main></body></html>
                    """.formatted(message));
        }
    }
}
