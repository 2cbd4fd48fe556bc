package id.tanggap.intake;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.shared.Channel;
import id.tanggap.shared.FormKeys;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The public door (the /aduan form and {@code POST /api/complaints}): it only ever creates WEB
 * reports. A retry key chosen by the client (the {@code Idempotency-Key} header, or the key the form
 * carries) lives in the web namespace ("web:" + key), so it can never claim another door's message
 * id; the other doors (signed webhooks, the LAPOR token, the staff call center) keep their own ids
 * under their own channel, and the case's unique key is (channel, external id).
 */
@Service
public class WebDoor {

    static final String NAMESPACE = "web:";

    /** The key was already used for a report with other content: answering with its ticket would leak another person's case. */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("idempotency key reused with a different report");
        }
    }

    private final ComplaintIntake intake;
    private final Complaints complaints;

    WebDoor(ComplaintIntake intake, Complaints complaints) {
        this.intake = intake;
        this.complaints = complaints;
    }

    public static boolean validKey(String key) {
        return FormKeys.valid(key);
    }

    /**
     * Submits what a member of the public sent (only its public fields are used) as a WEB report.
     * The same key with the same report answers the case it created; without a key every call is a new report.
     *
     * @throws KeyReusedException when the key already belongs to a report with other content
     */
    public ComplaintIntake.Accepted submit(ComplaintSubmission sent, String idempotencyKey) {
        if (idempotencyKey != null && !validKey(idempotencyKey)) {
            throw new IllegalArgumentException("invalid idempotency key");
        }
        String externalId = idempotencyKey == null ? null : NAMESPACE + idempotencyKey;
        ComplaintSubmission web = new ComplaintSubmission(
                Channel.WEB,
                externalId,
                sent.reporter(),
                sent.text(),
                sent.category(),
                sent.location(),
                null,
                null,
                sent.attachments());
        ComplaintIntake.Accepted accepted = intake.submit(web);
        if (!accepted.created() && externalId != null) {
            Complaint earlier =
                    complaints.byChannelMessage(Channel.WEB, externalId).orElseThrow();
            if (!sameReport(earlier, web)) {
                throw new KeyReusedException();
            }
        }
        return accepted;
    }

    /**
     * Whether a stored report is what was sent again. Attachments are left out: the form stores each
     * upload under a new name, so a double submit with photos has other links for the same photos.
     */
    private static boolean sameReport(Complaint c, ComplaintSubmission s) {
        var r = s.reporter();
        var l = s.location();
        return c.getBody().equals(s.text().trim())
                && c.getCategoryCode().equals(s.category().trim())
                && c.isAnonymous() == r.anonymous()
                && (r.anonymous()
                        || Objects.equals(c.getReporterName(), trim(r.name()))
                                && Objects.equals(c.getReporterContact(), trim(r.contact()))
                                && c.isConfidential() == r.confidential())
                && Objects.equals(c.getLatitude(), l == null ? null : l.lat())
                && Objects.equals(c.getLongitude(), l == null ? null : l.lon());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
