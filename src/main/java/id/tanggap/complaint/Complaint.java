package id.tanggap.complaint;

import id.tanggap.shared.Channel;
import id.tanggap.shared.EncryptedString;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.DynamicUpdate;

/**
 * A case: one complaint from one channel message, tracked publicly by its ticket.
 *
 * <p>A save writes only the columns that changed ({@code @DynamicUpdate}): each step of a case changes a few of them,
 * and writing every column also encrypted the reporter's name and contact again on every step (a fresh nonce each
 * time, so the stored value changed without its content changing).
 */
@Entity
@DynamicUpdate
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Embedded
    private ChannelOrigin origin;

    @Embedded
    private Reporter reporter;

    private String body;

    @Column(name = "category_code")
    private String categoryCode;

    private String urgency;

    @Column(name = "complaint_type")
    private String complaintType;

    @Embedded
    private Location location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_attachment", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position_no")
    @Column(name = "url")
    private List<String> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Column(name = "process_instance_key")
    private Long processInstanceKey;

    @Embedded
    private Disposition disposition;

    @Column(name = "escalation_level")
    private int escalationLevel;

    @Column(name = "reroute_count")
    private int rerouteCount;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Embedded
    private Response response;

    @Column(name = "joint_follow_up")
    private String jointFollowUp;

    /** The shared deadline of the current cross-sector coordination; past it while coordinating, the case is overdue. */
    @Column(name = "coordination_due_at")
    private Instant coordinationDueAt;

    @Embedded
    private Resolution resolution;

    @Embedded
    private Rating rating;

    @Embedded
    private Closure closure;

    @Embedded
    private ChannelReply channelReply;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "suggested_duplicate_of_id")
    private Long suggestedDuplicateOfId;

    @Column(name = "supporter_count")
    private int supporterCount;

    /**
     * When the case was received: written once, with the row. Every deadline, the retention period and the
     * platforms' reply windows count from it, so no later save of the case writes it again (a save still in flight
     * would otherwise put back a value read before someone corrected it).
     */
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

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
        this.origin = ChannelOrigin.of(channel, externalId);
        this.reporter = reporter;
        this.body = body;
        this.categoryCode = categoryCode;
        this.location = new Location(latitude, longitude, address);
        // a record's non-null columns (resolution_round, awaiting_confirmation) are written from the start
        this.disposition = Disposition.NONE;
        this.response = Response.NONE;
        this.resolution = Resolution.NONE;
        this.rating = Rating.NONE;
        this.closure = Closure.NONE;
        this.channelReply = ChannelReply.NONE;
        this.attachments = new ArrayList<>(attachments);
        this.status = ComplaintStatus.DITERIMA;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Who reported: anonymous, no identity is stored; confidential, stored (encrypted) but hidden from the OPD.
     * An anonymous reporter is never also confidential, and leaves no name or contact behind.
     */
    @Embeddable
    public record Reporter(
            @Convert(converter = EncryptedString.class) @Column(name = "reporter_name")
            String name,

            @Convert(converter = EncryptedString.class) @Column(name = "reporter_contact")
            String contact,

            @Column(name = "anonymous") boolean anonymous,
            @Column(name = "confidential") boolean confidential) {

        public Reporter {
            if (anonymous) {
                name = null;
                contact = null;
                confidential = false;
            }
        }
    }

    /** Moves the case to {@code next}, or refuses with the rule it would break (see {@link ComplaintStatus}). */
    private void become(ComplaintStatus next, String change, Instant now) {
        if (!status.mayBecome(next)) {
            throw new IllegalStatusChangeException(ticket, status, next, change);
        }
        this.status = next;
        touch(now);
    }

    /** Registered in a process instance (idempotent: the same instance may register twice). */
    public void registeredIn(long processInstanceKey, Instant now) {
        this.processInstanceKey = processInstanceKey;
        touch(now);
    }

    /** A photo that arrived after the case was made (a platform's media, downloaded later); once per link. */
    public void attach(String link) {
        if (!attachments.contains(link)) {
            attachments.add(link);
        }
    }

    /**
     * A place the complainant shared after writing (a location message): fills coordinates the case lacks, keeps a
     * typed address and never moves a case that already has coordinates. Whether it changed anything.
     */
    public boolean placedAt(double latitude, double longitude) {
        if (getLocation().hasCoordinates()) {
            return false;
        }
        this.location = new Location(latitude, longitude, getLocation().address());
        return true;
    }

    /**
     * Came in as a public post (a tweet, a Facebook or Instagram comment) from a known account: its complainant can
     * be reached only publicly, so rating goes through the /lacak proof of that account (complainantnotice).
     */
    public boolean reachedOnlyPublicly() {
        String external = getExternalId();
        return (getChannel() == Channel.X || getChannel() == Channel.FACEBOOK || getChannel() == Channel.INSTAGRAM)
                && getChannelSenderId() != null
                && external != null
                && !external.startsWith("msg:")
                && !external.startsWith("dm:");
    }

    /** Still in triage: no OPD chose yet (received, waiting for the complainant's information, or on hold). */
    public boolean atTriage() {
        return getOpdCode() == null
                && (status == ComplaintStatus.DITERIMA
                        || status == ComplaintStatus.MENUNGGU_INFO
                        || status == ComplaintStatus.DITUNDA);
    }

    /** Whether the case lies exactly at this point already (the same place shared again). */
    public boolean isAt(double latitude, double longitude) {
        return getLocation().hasCoordinates()
                && getLocation().latitude() == latitude
                && getLocation().longitude() == longitude;
    }

    /**
     * A place the complainant shared while the case is in triage: it replaces the case's point (a typed address
     * stays), and the region it lies in, when the place module knows one, is the region routing uses.
     */
    public void relocatedInTriage(double latitude, double longitude, String region) {
        if (!atTriage()) {
            throw new IllegalStateException("case " + ticket + " is past triage: its place is not moved");
        }
        this.location = new Location(latitude, longitude, getLocation().address());
        if (region != null) {
            this.origin = origin.inRegion(region);
        }
    }

    public void threadOf(String threadId) {
        this.origin = origin.inThread(threadId);
    }

    public void inRegion(String region) {
        this.origin = origin.inRegion(region);
    }

    /** The official account that received the message and the platform id of its sender (for the reply). */
    public void cameThrough(String channelAccountId, String channelSenderId) {
        this.origin = origin.through(channelAccountId, channelSenderId);
    }

    /** The public reply on the complaint's own channel, with the platform's id of it as proof. */
    public void repliedOnChannel(String replyPlatformId, Instant now) {
        this.channelReply = new ChannelReply(replyPlatformId, now);
        touch(now);
    }

    /**
     * An official answered the message directly on the platform (seen through the webhook): the first-response
     * clock stops and the reply is the proof; the status stays where the process has it.
     */
    public void answeredOnPlatform(String replyPlatformId, Instant now) {
        if (channelReply == null || channelReply.platformId() == null) {
            repliedOnChannel(replyPlatformId, now);
        }
        this.response = getResponse().answeredOnPlatform(now);
        touch(now);
    }

    public void verified(String categoryCode, String urgency, String complaintType, Instant now) {
        become(ComplaintStatus.DIVERIFIKASI, "be verified", now);
        if (categoryCode != null) {
            this.categoryCode = categoryCode;
        }
        this.urgency = urgency;
        this.complaintType = complaintType;
    }

    public void dispositionTo(
            String opdCode,
            String officialNip,
            String headNip,
            Instant responseDueAt,
            Instant resolutionDueAt,
            Instant now) {
        become(ComplaintStatus.DIDISPOSISI, "be routed to " + opdCode, now);
        this.disposition = new Disposition(
                opdCode,
                officialNip,
                headNip,
                responseDueAt,
                resolutionDueAt,
                getDisposition().subjectOpdCode());
        this.escalationLevel = 0;
    }

    /** Triage said the complaint is about an official of {@code opd} (null: it is not). */
    public void aboutOfficialsOf(String opd) {
        this.disposition = getDisposition().aboutOfficialsOf(opd);
    }

    public void reroutedAway(int rerouteCount, Instant now) {
        become(ComplaintStatus.DIVERIFIKASI, "be re-routed", now);
        this.rerouteCount = rerouteCount;
    }

    public void escalatedTo(int level, Instant now) {
        this.escalationLevel = Math.max(this.escalationLevel, level);
        touch(now);
    }

    public void respond(String responseText, String publicReplyUrl, Instant now) {
        become(ComplaintStatus.DIPROSES, "be responded to", now);
        this.response = getResponse().answered(responseText, publicReplyUrl, now);
    }

    public void coordinating(Instant now) {
        become(ComplaintStatus.KOORDINASI, "go into coordination", now);
    }

    public void coordinating(Instant dueAt, Instant now) {
        coordinating(now);
        this.coordinationDueAt = dueAt;
    }

    public Instant getCoordinationDueAt() {
        return coordinationDueAt;
    }

    public void jointFollowUp(String jointFollowUp, Instant now) {
        become(ComplaintStatus.DIPROSES, "take a joint follow-up", now);
        this.jointFollowUp = jointFollowUp;
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
        become(ComplaintStatus.SELESAI, "be resolved", now);
        // the resolution's public reply is its own: the response's link stays what the response named
        this.resolution = getResolution()
                .resolved(round, followUpPlan, evidenceUrls, resolutionText, publicReplyUrl, confirmationCode, now);
    }

    /** The complainant's rating; only a resolved case that awaits it takes one. */
    public void rated(int rating, String comment, Instant now) {
        if (!isAwaitingConfirmation()) {
            throw new IllegalStatusChangeException(ticket, status, status, "be rated (no rating is awaited)");
        }
        this.rating = new Rating(rating, comment);
        this.resolution = getResolution().noLongerAwaited();
        touch(now);
    }

    public void reopened(int reopenCount, Instant now) {
        become(ComplaintStatus.DIPROSES, "be reopened", now);
        this.reopenCount = reopenCount;
        this.resolution = getResolution().noLongerAwaited();
    }

    /** Closes a resolved case (verified by a supervisor, or no reply from the complainant in time). */
    public void close(String reason, Instant now) {
        if (status != ComplaintStatus.SELESAI && status != ComplaintStatus.DITUTUP) {
            throw new IllegalStatusChangeException(
                    ticket, status, ComplaintStatus.DITUTUP, "close before it is resolved");
        }
        closeAs(ComplaintStatus.DITUTUP, reason, now);
    }

    /** Archived in triage without handling: incomplete, or no answer from the complainant in time. */
    public void archivedInTriage(ArchiveReason reason, Instant now) {
        if (status != ComplaintStatus.DITERIMA
                && status != ComplaintStatus.DIVERIFIKASI
                && status != ComplaintStatus.MENUNGGU_INFO
                && status != ComplaintStatus.DITUNDA
                && status != ComplaintStatus.DITUTUP) {
            throw new IllegalStatusChangeException(
                    ticket, status, ComplaintStatus.DITUTUP, "be archived after triage sent it on");
        }
        closeAs(ComplaintStatus.DITUTUP, reason.name(), now);
    }

    public void forwardedTo(String target, Instant now) {
        closeAs(ComplaintStatus.DITERUSKAN, "FORWARDED", now);
        this.closure = getClosure().forwardedTo(target);
    }

    public void hoaxClarified(String clarificationUrl, Instant now) {
        closeAs(ComplaintStatus.HOAKS, "HOAX", now);
        this.closure = getClosure().clarifiedBy(clarificationUrl);
    }

    /**
     * Triage asked the complainant for more information; the code (kept for the rating later) lets
     * them answer on the tracking page.
     */
    public void awaitingInformation(String code, Instant now) {
        this.resolution = getResolution().withCode(code);
        become(ComplaintStatus.MENUNGGU_INFO, "ask for information", now);
    }

    /** Triage put the case on hold until a date; it comes back to triage then. */
    public void onHold(Instant now) {
        become(ComplaintStatus.DITUNDA, "put on hold", now);
    }

    /** Back in triage: the complainant answered, or a hold ended. */
    public void backToTriage(Instant now) {
        become(ComplaintStatus.DITERIMA, "back to triage", now);
    }

    /** Ends the case in a final state; the first closing time stays. */
    private void closeAs(ComplaintStatus finalStatus, String reason, Instant now) {
        become(finalStatus, "end as " + finalStatus + " (" + reason + ")", now);
        this.closure = getClosure().closed(reason, now);
        this.resolution = getResolution().noLongerAwaited();
    }

    /** Intake found a case this report probably repeats; Diskominfo decides in triage whether it does. */
    public void suggestDuplicateOf(Complaint candidate) {
        this.suggestedDuplicateOfId = candidate.getId();
    }

    /** Diskominfo confirmed this report repeats an open case: it joins that case and closes itself while the case runs. */
    public void joinedTo(Complaint primary, Instant now) {
        if (!primary.acceptsJoinedReports() && !primary.getId().equals(duplicateOfId)) {
            throw new IllegalStatusChangeException(
                    ticket,
                    status,
                    ComplaintStatus.DITUTUP,
                    "join " + primary.getTicket() + ", which takes no reports");
        }
        closeAs(ComplaintStatus.DITUTUP, Closure.DUPLICATE, now);
        this.duplicateOfId = primary.getId();
    }

    /**
     * The case this report joined ended without handling it (hoax, forwarded): the report is a case of its
     * own again and goes back to triage, so a complaint is never lost with a bad primary. Only a report that
     * was never handled itself may go back: one still in triage, or one closed as a joined duplicate.
     */
    public void releasedFromJoin(Instant now) {
        boolean inTriage = status == ComplaintStatus.DITERIMA || status == ComplaintStatus.DIVERIFIKASI;
        if (!inTriage && !(status == ComplaintStatus.DITUTUP && getClosure().asDuplicate())) {
            throw new IllegalStatusChangeException(
                    ticket, status, ComplaintStatus.DITERIMA, "go back to triage (it was not a joined report)");
        }
        become(ComplaintStatus.DITERIMA, "go back to triage", now);
        this.duplicateOfId = null;
        this.suggestedDuplicateOfId = null;
        Closure c = getClosure();
        this.closure = new Closure(null, null, c.forwardedTo(), c.hoaxClarificationUrl());
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

    public ChannelOrigin getOrigin() {
        return origin;
    }

    public Reporter getReporter() {
        return reporter;
    }

    public Location getLocation() {
        return Location.orNone(location);
    }

    public Disposition getDisposition() {
        return Disposition.orNone(disposition);
    }

    public Response getResponse() {
        return Response.orNone(response);
    }

    public Resolution getResolution() {
        return Resolution.orNone(resolution);
    }

    public Rating getRatingGiven() {
        return Rating.orNone(rating);
    }

    public Closure getClosure() {
        return Closure.orNone(closure);
    }

    public ChannelReply getChannelReply() {
        return ChannelReply.orNone(channelReply);
    }

    public Long getId() {
        return id;
    }

    public String getTicket() {
        return ticket;
    }

    public Channel getChannel() {
        return origin.channel();
    }

    public String getExternalId() {
        return origin.externalId();
    }

    public String getReporterName() {
        return reporter.name();
    }

    public String getReporterContact() {
        return reporter.contact();
    }

    public boolean isAnonymous() {
        return reporter.anonymous();
    }

    public boolean isConfidential() {
        return reporter.confidential();
    }

    public String getBody() {
        return body;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Double getLatitude() {
        return getLocation().latitude();
    }

    public Double getLongitude() {
        return getLocation().longitude();
    }

    public String getAddress() {
        return getLocation().address();
    }

    public List<String> getAttachments() {
        return List.copyOf(attachments);
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getOpdCode() {
        return getDisposition().opdCode();
    }

    public String getSubjectOpdCode() {
        return getDisposition().subjectOpdCode();
    }

    public String getOfficialNip() {
        return getDisposition().officialNip();
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getResponseDueAt() {
        return getDisposition().responseDueAt();
    }

    public String getResponseText() {
        return getResponse().text();
    }

    public String getPublicReplyUrl() {
        return getResponse().publicReplyUrl();
    }

    /** The OPD's public reply with the resolution (null when it made none, e.g. a web or call-center case). */
    public String getResolutionReplyUrl() {
        return getResolution().replyUrl();
    }

    /** The latest public reply: the resolution's, else the response's (null when there is none). */
    public String getLatestPublicReplyUrl() {
        return getResolutionReplyUrl() != null ? getResolutionReplyUrl() : getPublicReplyUrl();
    }

    public Instant getRespondedAt() {
        return getResponse().respondedAt();
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
        return getDisposition().headNip();
    }

    public String getThreadId() {
        return origin.threadId();
    }

    public String getRegion() {
        return origin.region();
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
        return getResponse().firstResponseAt();
    }

    public Instant getResolutionDueAt() {
        return getDisposition().resolutionDueAt();
    }

    public String getFollowUpPlan() {
        return getResolution().followUpPlan();
    }

    public String getEvidenceUrls() {
        return getResolution().evidenceUrls();
    }

    public String getResolutionText() {
        return getResolution().text();
    }

    public Instant getResolvedAt() {
        return getResolution().resolvedAt();
    }

    public String getConfirmationCode() {
        return getResolution().confirmationCode();
    }

    public boolean isAwaitingConfirmation() {
        return getResolution().awaitingConfirmation();
    }

    public int getResolutionRound() {
        return getResolution().round();
    }

    public Integer getRating() {
        return getRatingGiven().score();
    }

    public String getRatingComment() {
        return getRatingGiven().comment();
    }

    public Instant getClosedAt() {
        return getClosure().closedAt();
    }

    public String getCloseReason() {
        return getClosure().reason();
    }

    public String getForwardedTo() {
        return getClosure().forwardedTo();
    }

    public String getHoaxClarificationUrl() {
        return getClosure().hoaxClarificationUrl();
    }

    public String getJointFollowUp() {
        return jointFollowUp;
    }

    public String getChannelAccountId() {
        return origin.accountId();
    }

    public String getChannelSenderId() {
        return origin.senderId();
    }

    public String getReplyPlatformId() {
        return getChannelReply().platformId();
    }

    public Instant getRepliedAt() {
        return getChannelReply().at();
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
