package id.tanggap.open311;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GeoReport v2 errors: Open311 clients expect an array of {@code {code, description}} with the 4xx
 * status, not RFC 9457 problem details (those stay for /api). Runs before the shared advice.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    record GeoReportError(int code, String description) {}

    /** The body of a GeoReport v2 error; also used by the rate limit. */
    static List<GeoReportError> body(HttpStatusCode status, String description) {
        return List.of(new GeoReportError(status.value(), description));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<List<GeoReportError>> invalid(InvalidInputException e) {
        // field names only: the values may be personal data
        log.info(
                "rejected Open311 input; fields: {}",
                e.problems().stream()
                        .map(InvalidInputException.FieldProblem::field)
                        .toList());
        return ResponseEntity.badRequest()
                .body(e.problems().stream()
                        .map(p -> new GeoReportError(400, p.field() + ": " + p.message()))
                        .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<List<GeoReportError>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<List<GeoReportError>> typeMismatch(TypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(body(
                        HttpStatus.BAD_REQUEST,
                        (e.getPropertyName() == null ? "parameter" : e.getPropertyName()) + ": nilai tidak sesuai"));
    }

    /** Spring's own request errors (missing parameter, wrong media type, method not allowed...). */
    @ExceptionHandler({
        ServletRequestBindingException.class,
        HttpMediaTypeException.class,
        HttpRequestMethodNotSupportedException.class,
        ErrorResponseException.class
    })
    ResponseEntity<List<GeoReportError>> request(Exception e) {
        ErrorResponse error = (ErrorResponse) e;
        HttpStatusCode status = error.getStatusCode();
        String detail = error.getBody().getDetail();
        return ResponseEntity.status(status)
                .body(body(
                        status,
                        MESSAGES.getOrDefault(status.value(), detail == null ? "permintaan tidak valid" : detail)));
    }

    private static final Map<Integer, String> MESSAGES = Map.of(
            400,
            "permintaan tidak valid",
            404,
            "tidak ditemukan",
            405,
            "metode tidak didukung",
            415,
            "format isi tidak didukung");
}
