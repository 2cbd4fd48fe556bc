package id.tanggap.channels;

import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handReplyToOpd}: the account a reply should go out through stayed disconnected past the
 * wait limit, so the OPD gets the reply by e-mail to pass on by hand, and the case's timeline says
 * so. One e-mail per step however often the job is delivered (the mailer's dedup key).
 */
@Component
public class HandReplyToOpdWorker {

    private final CaseUpdates cases;
    private final OfficialAccounts accounts;
    private final Opds opds;
    private final Mailer mailer;
    private final TanggapProperties properties;

    HandReplyToOpdWorker(
            CaseUpdates cases, OfficialAccounts accounts, Opds opds, Mailer mailer, TanggapProperties properties) {
        this.cases = cases;
        this.accounts = accounts;
        this.opds = opds;
        this.mailer = mailer;
        this.properties = properties;
    }

    @JobWorker(type = "handReplyToOpd")
    public void handReplyToOpd(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable long tokenAccountId,
            @Variable(optional = true) String responseText,
            @Variable(optional = true) String replyText) {
        Complaint c = cases.load(complaintId);
        String text = replyText != null ? replyText : responseText;
        String handle = accounts.find(tokenAccountId).map(a -> a.getHandle()).orElse("-");
        String opd = c.getOpdCode() == null ? "Diskominfotik" : opds.nameOf(c.getOpdCode());
        String to = opds.emailOf(c.getOpdCode() == null ? "DISKOMINFOTIK" : c.getOpdCode())
                .orElseThrow(() -> new IllegalStateException("no e-mail for OPD " + c.getOpdCode()));
        String full = text + " Tiket " + c.getTicket() + ": " + properties.trackingUrl(c.getTicket());
        mailer.sendOnce(
                "handReplyToOpd:" + job.getElementInstanceKey(),
                c.getId(),
                to,
                "[Tanggap] Balasan aduan " + c.getTicket() + " perlu dikirim manual",
                "reply-handed-to-opd",
                Map.of(
                        "opd",
                        opd,
                        "ticket",
                        c.getTicket(),
                        "channel",
                        c.getChannel().name(),
                        "handle",
                        handle,
                        "text",
                        full,
                        "connectUrl",
                        AccountTokens.connectUrl(properties, tokenAccountId)));
        cases.update(complaintId, (complaint, now) -> {
            cases.note(
                    complaint,
                    job,
                    complaint.getStatus(),
                    now,
                    "Tanggap",
                    "Akun " + handle + " belum terhubung kembali: balasan diserahkan ke OPD lewat e-mail");
            return null;
        });
    }
}
