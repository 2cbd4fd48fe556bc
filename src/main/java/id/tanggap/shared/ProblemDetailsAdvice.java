package id.tanggap.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every API error. Bad input names each bad field in {@code errors};
 * logs carry the field names only, never the submitted values (they may hold personal data). A browser asking for a
 * page ({@link ErrorPages#wantsPage}) gets the Indonesian error page with the same status instead.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI INVALID_INPUT = URI.create("https://tanggap.id/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> problem = badRequest(e.problems());
        return ErrorPages.wantsPage(request) ? ErrorPages.page(HttpStatus.BAD_REQUEST, null) : problem;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, e.getMessage());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Tidak ditemukan");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /**
     * Refusals the services state with a status and an Indonesian reason ("Kode penilaian tidak cocok"): a page with
     * the reason for browsers, the problem details {@link ResponseEntityExceptionHandler} answers for everybody else.
     */
    @ExceptionHandler(ResponseStatusException.class)
    Object responseStatus(ResponseStatusException e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(e.getStatusCode(), e.getReason());
        }
        return handleErrorResponseException(e, e.getHeaders(), e.getStatusCode(), new ServletWebRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(problems).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "bukan JSON yang valid";
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            message = mapping instanceof InvalidFormatException invalid
                            && invalid.getTargetType().isEnum()
                    ? "harus salah satu dari " + List.of(invalid.getTargetType().getEnumConstants())
                    : "tipe nilai tidak sesuai";
        }
        return ResponseEntity.badRequest()
                .body(badRequest(List.of(new InvalidInputException.FieldProblem(field, message)))
                        .getBody());
    }

    private ResponseEntity<ProblemDetail> badRequest(List<InvalidInputException.FieldProblem> problems) {
        log.info(
                "rejected invalid input; fields: {}",
                problems.stream().map(InvalidInputException.FieldProblem::field).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Data yang dikirim tidak valid: "
                        + problems.stream()
                                .map(InvalidInputException.FieldProblem::field)
                                .distinct()
                                .collect(Collectors.joining(", ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Data tidak valid");
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }
}
