package id.tanggap.webform;

import id.tanggap.shared.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that happen before a page's controller runs, told to browsers as Indonesian pages: an address that leads
 * nowhere ("Tidak ditemukan") and an upload too large to read. Everybody else, and every /api/ path, gets the
 * problem details the API has always answered. Runs before the problem-details advice, which would otherwise
 * answer browsers with English JSON (that advice makes the same choice for the refusals of the services).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorsAdvice {

    /** The OPD's evidence page /bukti/{ticket} (evidence module), the other upload form besides /aduan. */
    private static final Pattern EVIDENCE_PAGE = Pattern.compile("/bukti/[A-Za-z0-9-]+");

    private final MultipartProperties multipart;

    BrowserErrorsAdvice(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, null);
        }
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    /**
     * A photo over the limit: the form cannot be read at all, so it cannot be shown again filled in; the page says so,
     * names the limits and leads back to the form it came from (the public complaint form or the OPD's evidence page).
     * API clients get problem details.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long perFile = multipart.getMaxFileSize().toMegabytes();
        long total = multipart.getMaxRequestSize().toMegabytes();
        if (ErrorPages.wantsPage(request)) {
            String path = ErrorPages.path(request);
            if (EVIDENCE_PAGE.matcher(path).matches()) {
                return ErrorPages.tooLarge(
                        "Foto bukti belum disimpan", perFile, total, path, "Kembali ke halaman foto bukti");
            }
            if (path.equals("/aduan")) {
                return ErrorPages.tooLarge(
                        "Aduan Anda belum terkirim", perFile, total, "/aduan", "Kembali ke formulir aduan");
            }
            return ErrorPages.tooLarge("Kiriman Anda belum diterima", perFile, total, "/", "Ke halaman utama");
        }
        String detail = "Kiriman melebihi batas unggahan: paling besar " + perFile + " MB per berkas, " + total
                + " MB seluruhnya";
        if (ErrorPages.path(request).startsWith("/open311/")) {
            // Open311 clients read GeoReport v2 errors (an array of code and description), as for every other error
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(List.of(Map.of("code", HttpStatus.PAYLOAD_TOO_LARGE.value(), "description", detail)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setTitle("Kiriman terlalu besar");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }
}
