package id.tanggap.webform;

import id.tanggap.shared.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, null);
        }
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    /**
     * A photo over the limit: the form cannot be read at all, so it cannot be shown again filled in; the page says
     * what to do, and going back in the browser keeps what was typed (the form's script also warns before sending).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(HttpStatus.PAYLOAD_TOO_LARGE, null);
        }
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }
}
