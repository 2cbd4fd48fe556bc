package id.tanggap.campaign;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A shared post that does not count, answered as problem details with the reason in Indonesian. */
class ShareRejected extends ErrorResponseException {

    ShareRejected(HttpStatus status, String reason, String detail) {
        super(status, problem(status, reason, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String reason, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://tanggap.id/problems/share-" + reason));
        p.setTitle(
                status == HttpStatus.SERVICE_UNAVAILABLE
                        ? "Unggahan belum dapat diperiksa"
                        : "Unggahan tidak dihitung");
        p.setProperty("reason", reason);
        return p;
    }

    String reason() {
        return (String) getBody().getProperties().get("reason");
    }
}
