package id.tanggap.webform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that leads nowhere: a browser gets the Indonesian "Tidak ditemukan" page, everybody else (and every
 * /api/ path) the problem details the API has always answered. Runs before the problem-details advice, which would
 * otherwise answer browsers with English JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserNotFoundAdvice {

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html") && !request.getRequestURI().startsWith("/api/")) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }
}
