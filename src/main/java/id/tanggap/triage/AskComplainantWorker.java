package id.tanggap.triage;

import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.XApiClient;
import id.tanggap.complaint.CaseUpdates;
import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.complaint.Timeline;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.shared.Channel;
import id.tanggap.shared.Contacts;
import id.tanggap.shared.TanggapProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code askComplainant}: triage needs more information. The question goes on the public timeline
 * (anonymous reporters read it on /lacak) and to the complainant on their channel: an e-mail for
 * reporters who left an address, a WhatsApp message or direct message, or a reply under their
 * comment or tweet, with the tracking link and a code to answer with. Delivered once: a redelivered
 * job finds its timeline entries and sends nothing again.
 */
@Component
public class AskComplainantWorker {

    public record Asked(String askedVia) {}

    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final CaseUpdates cases;
    private final Timeline timeline;
    private final Mailer mailer;
    private final GraphApiClient graph;
    private final XApiClient x;
    private final OfficialAccounts accounts;
    private final TanggapProperties properties;
    private final ReplyAddresses replyAddresses;

    AskComplainantWorker(
            CaseUpdates cases,
            Timeline timeline,
            Mailer mailer,
            GraphApiClient graph,
            XApiClient x,
            OfficialAccounts accounts,
            TanggapProperties properties,
            ReplyAddresses replyAddresses) {
        this.cases = cases;
        this.timeline = timeline;
        this.mailer = mailer;
        this.graph = graph;
        this.x = x;
        this.accounts = accounts;
        this.properties = properties;
        this.replyAddresses = replyAddresses;
    }

    @JobWorker(type = "askComplainant")
    public Asked askComplainant(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable String infoQuestion,
            @Variable String infoDueLabel) {
        Complaint c = cases.update(complaintId, (complaint, now) -> {
            complaint.awaitingInformation(newCode(), now);
            cases.note(
                    complaint,
                    job,
                    ComplaintStatus.MENUNGGU_INFO,
                    now,
                    "Diskominfotik",
                    Notes.fit("Diskominfotik meminta informasi tambahan (batas jawaban " + infoDueLabel + "): "
                            + infoQuestion));
            return complaint;
        });
        String sentKey = "askComplainant:sent:" + job.getElementInstanceKey();
        if (timeline.has(c, sentKey)) {
            return new Asked("ALREADY_SENT");
        }
        String answerUrl = properties.trackingUrl(c.getTicket()) + "?kode=" + c.getConfirmationCode();
        String via = send(job, c, infoQuestion, infoDueLabel, answerUrl);
        if (!"TRACKING_PAGE".equals(via) && !"EMAIL".equals(via)) {
            cases.update(complaintId, (complaint, now) -> {
                timeline.recordInternal(
                        complaint,
                        sentKey,
                        complaint.getStatus(),
                        now,
                        "Diskominfotik",
                        "Pertanyaan dikirim lewat " + complaint.getChannel() + " (bukti: " + via + ")");
                return null;
            });
        }
        return new Asked(via);
    }

    private String send(ActivatedJob job, Complaint c, String question, String dueLabel, String answerUrl) {
        if (!c.isAnonymous() && Contacts.isEmail(c.getReporterContact())) {
            // the answer is taken from the mailbox only through this case's tagged Reply-To, or when it quotes the
            // code (InboundMailPoller): the From header alone is easily forged
            mailer.sendOnceWithReplyTo(
                    "askComplainant:" + job.getElementInstanceKey(),
                    c.getId(),
                    c.getReporterContact(),
                    replyAddresses
                            .replyTo(c.getTicket(), c.getConfirmationCode())
                            .orElse(null),
                    "[Tanggap] Aduan " + c.getTicket() + " memerlukan informasi tambahan",
                    "complainant-need-info",
                    Map.of(
                            "ticket",
                            c.getTicket(),
                            "question",
                            question,
                            "due",
                            dueLabel,
                            "answerUrl",
                            answerUrl,
                            "code",
                            c.getConfirmationCode()));
            return "EMAIL";
        }
        String text = "Pemprov memerlukan informasi tambahan untuk aduan " + c.getTicket() + ": " + question
                + " Jawab sebelum " + dueLabel + " di " + answerUrl;
        String external = c.getExternalId() == null ? "" : c.getExternalId();
        boolean direct = external.startsWith("msg:") || external.startsWith("dm:");
        Channel channel = c.getChannel();
        return switch (channel) {
            case WHATSAPP ->
                graph.sendWhatsAppText(c.getChannelAccountId(), c.getChannelSenderId(), text, token(c, "WHATSAPP"));
            case FACEBOOK ->
                direct
                        ? graph.sendMessage(c.getChannelSenderId(), text, token(c, "FACEBOOK"))
                        : graph.replyToComment(external, publicText(c, question), token(c, "FACEBOOK"));
            case INSTAGRAM ->
                direct
                        ? graph.sendMessage(c.getChannelSenderId(), text, token(c, "INSTAGRAM"))
                        : graph.replyToInstagramComment(external, publicText(c, question), token(c, "INSTAGRAM"));
            case X ->
                direct
                        ? x.sendDirectMessage(c.getChannelSenderId(), text, token(c, "X"))
                        : x.replyToTweet(external, truncate(publicText(c, question), 280), token(c, "X"));
            default -> "TRACKING_PAGE"; // no contact: the question is on the public timeline of /lacak
        };
    }

    /** Under a public comment: the question and the tracking page, not the answer code (anyone reads it). */
    private String publicText(Complaint c, String question) {
        return "Informasi tambahan diperlukan untuk aduan " + c.getTicket() + ": " + question
                + " Mohon kirim pesan langsung ke akun ini. " + properties.trackingUrl(c.getTicket());
    }

    private static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private String token(Complaint c, String platform) {
        OfficialAccount account = accounts.onPlatform(platform, c.getChannelAccountId())
                .orElseThrow(() -> new IllegalStateException("no official " + platform + " account"));
        return account.getAccessToken();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }
}
