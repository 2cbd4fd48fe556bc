package id.tanggap.complaint;

import id.tanggap.shared.EncryptedString;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A case: one complaint from one channel message, tracked publicly by its ticket. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ticket;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "external_id")
    private String externalId;
    @Convert(converter = EncryptedString.class)
    @Column(name = "reporter_name")
    private String reporterName;
    @Convert(converter = EncryptedString.class)
    @Column(name = "reporter_contact")
    private String reporterContact;
    private boolean anonymous;
    private String body;
    @Column(name = "category_code")
    private String categoryCode;
    private Double latitude;
    private Double longitude;
    private String address;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_attachment", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position_no")
    @Column(name = "url")
    private List<String> attachments = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Column(name = "opd_code")
    private String opdCode;
    @Column(name = "official_nip")
    private String officialNip;
    @Column(name = "process_instance_key")
    private Long processInstanceKey;
    @Column(name = "response_due_at")
    private Instant responseDueAt;
    @Column(name = "response_text")
    private String responseText;
    @Column(name = "public_reply_url")
    private String publicReplyUrl;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Complaint() {}

    /** A new case; an anonymous reporter leaves no name or contact behind. */
    public Complaint(String ticket, Channel channel, String externalId, Reporter reporter, String body,
                     String categoryCode, Double latitude, Double longitude, String address, List<String> attachments, Instant now) {
        this.ticket = ticket;
        this.channel = channel;
        this.externalId = externalId;
        this.anonymous = reporter.anonymous();
        this.reporterName = reporter.anonymous() ? null : reporter.name();
        this.reporterContact = reporter.anonymous() ? null : reporter.contact();
        this.body = body;
        this.categoryCode = categoryCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.address = address;
        this.attachments = new ArrayList<>(attachments);
        this.status = ComplaintStatus.DITERIMA;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public record Reporter(String name, String contact, boolean anonymous) {}

    /** Registered in a process instance (idempotent: the same instance may register twice). */
    public void registeredIn(long processInstanceKey, Instant now) {
        this.processInstanceKey = processInstanceKey;
        this.updatedAt = now;
    }

    public void dispositionTo(String opdCode, String officialNip, Instant responseDueAt, Instant now) {
        this.opdCode = opdCode;
        this.officialNip = officialNip;
        this.responseDueAt = responseDueAt;
        this.status = ComplaintStatus.DIDISPOSISI;
        this.updatedAt = now;
    }

    public void respond(String responseText, String publicReplyUrl, Instant now) {
        this.responseText = responseText;
        this.publicReplyUrl = publicReplyUrl;
        if (this.respondedAt == null) {
            this.respondedAt = now;
        }
        this.status = ComplaintStatus.SELESAI;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getTicket() { return ticket; }
    public Channel getChannel() { return channel; }
    public String getExternalId() { return externalId; }
    public String getReporterName() { return reporterName; }
    public String getReporterContact() { return reporterContact; }
    public boolean isAnonymous() { return anonymous; }
    public String getBody() { return body; }
    public String getCategoryCode() { return categoryCode; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public String getAddress() { return address; }
    public List<String> getAttachments() { return List.copyOf(attachments); }
    public ComplaintStatus getStatus() { return status; }
    public String getOpdCode() { return opdCode; }
    public String getOfficialNip() { return officialNip; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public String getResponseText() { return responseText; }
    public String getPublicReplyUrl() { return publicReplyUrl; }
    public Instant getRespondedAt() { return respondedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
