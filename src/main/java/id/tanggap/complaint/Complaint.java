package id.tanggap.complaint;

import id.tanggap.shared.EncryptedString;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
    private boolean confidential;
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
    /** The OPD whose own official the complaint is about (handled by the Inspectorate); null for other cases. */
    @Column(name = "subject_opd_code")
    private String subjectOpdCode;

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

    private String urgency;

    @Column(name = "complaint_type")
    private String complaintType;

    @Column(name = "head_nip")
    private String headNip;

    @Column(name = "thread_id")
    private String threadId;

    private String region;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "suggested_duplicate_of_id")
    private Long suggestedDuplicateOfId;

    @Column(name = "supporter_count")
    private int supporterCount;

    @Column(name = "escalation_level")
    private int escalationLevel;

    @Column(name = "reroute_count")
    private int rerouteCount;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "follow_up_plan")
    private String followUpPlan;

    @Column(name = "evidence_urls")
    private String evidenceUrls;

    @Column(name = "resolution_text")
    private String resolutionText;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "confirmation_code")
    private String confirmationCode;

    @Column(name = "resolution_round")
    private int resolutionRound;

    @Column(name = "awaiting_confirmation")
    private boolean awaitingConfirmation;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "forwarded_to")
    private String forwardedTo;

    @Column(name = "hoax_clarification_url")
    private String hoaxClarificationUrl;

    @Column(name = "joint_follow_up")
    private String jointFollowUp;

    @Column(name = "channel_account_id")
    private String channelAccountId;

    @Convert(converter = EncryptedString.class)
    @Column(name = "channel_sender_id")
    private String channelSenderId;

    @Column(name = "reply_platform_id")
    private String replyPlatformId;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Version
    private long version;

    protected Complaint() {}

    /** A new case; an anonymous reporter leaves no name or contact behind. */
    public Complaint(
            String ticket,
            Channel channel,
            String externalId,
            Reporter reporter,
            String body,
            String categoryCode,
            Double latitude,
            Double longitude,
            String address,
            List<String> attachments,
            Instant now) {
        this.ticket = ticket;
        this.channel = channel;
        this.externalId = externalId;
        this.anonymous = reporter.anonymous();
        this.confidential = !reporter.anonymous() && reporter.confidential();
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

    /** anonymous: no identity is stored; confidential: stored, but hidden from the OPD. */
    public record Reporter(String name, String contact, boolean anonymous, boolean confidential) {}

    /** Registered in a process instance (idempotent: the same instance may register twice). */
    public void registeredIn(long processInstanceKey, Instant now) {
        this.processInstanceKey = processInstanceKey;
        touch(now);
    }

    public void threadOf(String threadId) {
        this.threadId = threadId;
    }

    public void inRegion(String region) {
        this.region = region;
    }

    /** The official account that received the message and the platform id of its sender (for the reply). */
    public void cameThrough(String channelAccountId, String channelSenderId) {
        this.channelAccountId = channelAccountId;
        this.channelSenderId = channelSenderId;
    }

    /** The public reply on the complaint's own channel, with the platform's id of it as proof. */
    public void repliedOnChannel(String replyPlatformId, Instant now) {
        this.replyPlatformId = replyPlatformId;
        this.repliedAt = now;
        touch(now);
    }

    /**
     * An official answered the message directly on the platform (seen through the webhook): the first-response
     * clock stops and the reply is the proof; the status stays where the process has it.
     */
    public void answeredOnPlatform(String replyPlatformId, Instant now) {
        if (this.replyPlatformId == null) {
            repliedOnChannel(replyPlatformId, now);
        }
        if (this.firstResponseAt == null) {
            this.firstResponseAt = now;
            this.respondedAt = now;
        }
        touch(now);
    }

    public void verified(String categoryCode, String urgency, String complaintType, Instant now) {
        if (categoryCode != null) {
            this.categoryCode = categoryCode;
        }
        this.urgency = urgency;
        this.complaintType = complaintType;
        this.status = ComplaintStatus.DIVERIFIKASI;
        touch(now);
    }

    public void dispositionTo(
            String opdCode,
            String officialNip,
            String headNip,
            Instant responseDueAt,
            Instant resolutionDueAt,
            Instant now) {
        this.opdCode = opdCode;
        this.officialNip = officialNip;
        this.headNip = headNip;
        this.responseDueAt = responseDueAt;
        this.resolutionDueAt = resolutionDueAt;
        this.escalationLevel = 0;
        this.status = ComplaintStatus.DIDISPOSISI;
        touch(now);
    }

    /** Triage said the complaint is about an official of {@code opd} (null: it is not). */
    public void aboutOfficialsOf(String opd) {
        this.subjectOpdCode = opd;
    }

    public void reroutedAway(int rerouteCount, Instant now) {
        this.rerouteCount = rerouteCount;
        this.status = ComplaintStatus.DIVERIFIKASI;
        touch(now);
    }

    public void escalatedTo(int level, Instant now) {
        this.escalationLevel = Math.max(this.escalationLevel, level);
        touch(now);
    }

    public void respond(String responseText, String publicReplyUrl, Instant now) {
        this.responseText = responseText;
        this.publicReplyUrl = publicReplyUrl;
        if (this.firstResponseAt == null) {
            this.firstResponseAt = now;
            this.respondedAt = now;
        }
        this.status = ComplaintStatus.DIPROSES;
        touch(now);
    }

    public void coordinating(Instant now) {
        this.status = ComplaintStatus.KOORDINASI;
        touch(now);
    }

    public void jointFollowUp(String jointFollowUp, Instant now) {
        this.jointFollowUp = jointFollowUp;
        this.status = ComplaintStatus.DIPROSES;
        touch(now);
    }

    /** Resolved by the OPD; the complainant may now rate it with the confirmation code. */
    public void resolve(
            int round,
            String followUpPlan,
            String evidenceUrls,
            String resolutionText,
            String publicReplyUrl,
            String confirmationCode,
            Instant now) {
        this.resolutionRound = round;
        this.followUpPlan = followUpPlan;
        this.evidenceUrls = evidenceUrls;
        this.resolutionText = resolutionText;
        this.publicReplyUrl = publicReplyUrl;
        this.resolvedAt = now;
        if (this.confirmationCode == null) {
            this.confirmationCode = confirmationCode;
        }
        this.awaitingConfirmation = true;
        this.status = ComplaintStatus.SELESAI;
        touch(now);
    }

    public void rated(int rating, String comment, Instant now) {
        this.rating = rating;
        this.ratingComment = comment;
        this.awaitingConfirmation = false;
        touch(now);
    }

    public void reopened(int reopenCount, Instant now) {
        this.reopenCount = reopenCount;
        this.awaitingConfirmation = false;
        this.status = ComplaintStatus.DIPROSES;
        touch(now);
    }

    public void close(String reason, Instant now) {
        closeAs(ComplaintStatus.DITUTUP, reason, now);
    }

    public void forwardedTo(String target, Instant now) {
        this.forwardedTo = target;
        closeAs(ComplaintStatus.DITERUSKAN, "FORWARDED", now);
    }

    public void hoaxClarified(String clarificationUrl, Instant now) {
        this.hoaxClarificationUrl = clarificationUrl;
        closeAs(ComplaintStatus.HOAKS, "HOAX", now);
    }

    /** Ends the case in a final state; the first closing time stays. */
    private void closeAs(ComplaintStatus finalStatus, String reason, Instant now) {
        if (this.closedAt == null) {
            this.closedAt = now;
        }
        this.closeReason = reason;
        this.awaitingConfirmation = false;
        this.status = finalStatus;
        touch(now);
    }

    /** Intake found a case this report probably repeats; Diskominfo decides in triage whether it does. */
    public void suggestDuplicateOf(Complaint candidate) {
        this.suggestedDuplicateOfId = candidate.getId();
    }

    /** Diskominfo confirmed this report repeats an open case: it joins that case and closes itself while the case runs. */
    public void joinedTo(Complaint primary, Instant now) {
        this.duplicateOfId = primary.getId();
        closeAs(ComplaintStatus.DITUTUP, "DUPLICATE", now);
    }

    /**
     * The case this report joined ended without handling it (hoax, forwarded): the report is a case of its
     * own again and goes back to triage, so a complaint is never lost with a bad primary.
     */
    public void releasedFromJoin(Instant now) {
        this.duplicateOfId = null;
        this.suggestedDuplicateOfId = null;
        this.closedAt = null;
        this.closeReason = null;
        this.status = ComplaintStatus.DITERIMA;
        touch(now);
    }

    /** Whether a new report may be suggested as joining this case: open and neither resolved nor joined elsewhere. */
    public boolean acceptsJoinedReports() {
        return isOpen() && status != ComplaintStatus.SELESAI && duplicateOfId == null;
    }

    public void supportedByAnotherReport(Instant now) {
        this.supporterCount++;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTicket() {
        return ticket;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getBody() {
        return body;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getAddress() {
        return address;
    }

    public List<String> getAttachments() {
        return List.copyOf(attachments);
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public String getSubjectOpdCode() {
        return subjectOpdCode;
    }

    public String getOfficialNip() {
        return officialNip;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public String getResponseText() {
        return responseText;
    }

    public String getPublicReplyUrl() {
        return publicReplyUrl;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getComplaintType() {
        return complaintType;
    }

    public String getHeadNip() {
        return headNip;
    }

    public String getThreadId() {
        return threadId;
    }

    public String getRegion() {
        return region;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public Long getSuggestedDuplicateOfId() {
        return suggestedDuplicateOfId;
    }

    public int getSupporterCount() {
        return supporterCount;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public int getRerouteCount() {
        return rerouteCount;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public String getFollowUpPlan() {
        return followUpPlan;
    }

    public String getEvidenceUrls() {
        return evidenceUrls;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getConfirmationCode() {
        return confirmationCode;
    }

    public boolean isAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    public int getResolutionRound() {
        return resolutionRound;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public String getHoaxClarificationUrl() {
        return hoaxClarificationUrl;
    }

    public String getJointFollowUp() {
        return jointFollowUp;
    }

    public String getChannelAccountId() {
        return channelAccountId;
    }

    public String getChannelSenderId() {
        return channelSenderId;
    }

    public String getReplyPlatformId() {
        return replyPlatformId;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public boolean isOpen() {
        return status != ComplaintStatus.DITUTUP
                && status != ComplaintStatus.DITERUSKAN
                && status != ComplaintStatus.HOAKS;
    }
}
