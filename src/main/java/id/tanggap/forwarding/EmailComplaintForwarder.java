package id.tanggap.forwarding;

import id.tanggap.complaint.Complaint;
import id.tanggap.notification.Mailer;
import id.tanggap.shared.TanggapProperties;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Forwards a case by e-mail to the complaint desk of a regency, a city or another authority. */
@Component
@Order(10)
class EmailComplaintForwarder implements ComplaintForwarder {

    private final Mailer mailer;
    private final TanggapProperties properties;

    EmailComplaintForwarder(Mailer mailer, TanggapProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @Override
    public boolean serves(ForwardTarget target) {
        return target.getEmail() != null && !target.getEmail().isBlank();
    }

    @Override
    public String forward(ForwardTarget target, Complaint complaint, String dedupKey) {
        mailer.sendOnce(
                dedupKey,
                complaint.getId(),
                target.getEmail(),
                "[Tanggap] Penerusan aduan " + complaint.getTicket() + " kepada " + target.getName(),
                "forward-complaint",
                Map.of(
                        "target",
                        target,
                        "ticket",
                        complaint.getTicket(),
                        "text",
                        complaint.getBody(),
                        "address",
                        complaint.getAddress() == null ? "-" : complaint.getAddress(),
                        "trackingUrl",
                        properties.trackingUrl(complaint.getTicket())));
        return "e-mail " + target.getEmail();
    }
}
