package id.tanggap.inbox;

import id.tanggap.shared.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One message to an official account, kept whatever it is; sender name and id encrypted at rest. */
@Entity
@Table(name = "social_interaction")
class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String platform;

    @Column(name = "platform_message_id")
    private String platformMessageId;

    private String channel;

    @Column(name = "account_id")
    private String accountId;

    @Convert(converter = EncryptedString.class)
    @Column(name = "sender_id")
    private String senderId;

    @Convert(converter = EncryptedString.class)
    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "sender_key")
    private String senderKey;

    private String body;

    @Column(name = "media_refs")
    private String mediaRefs;

    @Column(name = "thread_id")
    private String threadId;

    @Column(name = "reply_to_id")
    private String replyToId;

    @Column(name = "direct_message")
    private boolean directMessage;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "class_code")
    private InteractionClass interactionClass;

    private double confidence;

    private String urgency;

    @Column(name = "suggested_category")
    private String suggestedCategory;

    @Enumerated(EnumType.STRING)
    private InteractionState state;

    @Column(name = "complaint_id")
    private Long complaintId;

    private String ticket;

    @Column(name = "opd_code")
    private String opdCode;

    @Column(name = "answer_platform_id")
    private String answerPlatformId;

    @Column(name = "official_reply_id")
    private String officialReplyId;

    @Column(name = "official_replied_at")
    private Instant officialRepliedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Interaction() {}

    Interaction(IncomingMessage m, String senderKey, InteractionClassifier.Classification c, Instant now) {
        this.platform = m.platform();
        this.platformMessageId = m.platformMessageId();
        this.channel = m.channel().name();
        this.accountId = m.accountId();
        this.senderId = m.senderId();
        this.senderName = m.senderName();
        this.senderKey = senderKey;
        this.body = m.text() == null ? "" : m.text().strip();
        this.mediaRefs = m.mediaRefs().isEmpty() ? null : String.join("\n", m.mediaRefs());
        this.threadId = m.threadId();
        this.replyToId = m.replyToId();
        this.directMessage = m.directMessage();
        this.receivedAt = now;
        this.interactionClass = c.interactionClass();
        this.confidence = c.confidence();
        this.urgency = c.urgency();
        this.suggestedCategory = c.suggestedCategory();
        this.state = stateOf(c.handling());
    }

    /** The decision could be evaluated now (it could not when the message arrived). */
    void classified(InteractionClassifier.Classification c) {
        this.interactionClass = c.interactionClass();
        this.confidence = c.confidence();
        this.urgency = c.urgency();
        this.suggestedCategory = c.suggestedCategory();
        this.state = stateOf(c.handling());
    }

    private static InteractionState stateOf(InteractionClassifier.Handling handling) {
        return switch (handling) {
            case KASUS -> InteractionState.KASUS;
            case ARSIP -> InteractionState.ARSIP;
            case KOTAK_MASUK -> InteractionState.MENUNGGU;
        };
    }

    /** Open for a decision in the inbox (waiting or archived); a decided one is not decided again. */
    boolean undecided() {
        return state == InteractionState.MENUNGGU || state == InteractionState.ARSIP;
    }

    /** A case is to be made (or was made, once the ticket is set). */
    void toCase(String by, Instant now) {
        this.state = InteractionState.KASUS;
        decided(by, now);
    }

    void caseMade(String ticket, Long complaintId) {
        this.ticket = ticket;
        this.complaintId = complaintId;
    }

    void aspiration(String opdCode, String by, Instant now) {
        this.state = InteractionState.ASPIRASI;
        this.opdCode = opdCode;
        decided(by, now);
    }

    void answering(String by, Instant now) {
        this.state = InteractionState.DIJAWAB;
        decided(by, now);
    }

    void answered(String platformId) {
        this.answerPlatformId = platformId;
    }

    void dismiss(String by, Instant now) {
        this.state = InteractionState.DIABAIKAN;
        decided(by, now);
    }

    /** Back to the inbox (an answer the platform refused). */
    void reopen() {
        this.state = InteractionState.MENUNGGU;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    /** @return false when this reply was already recorded */
    boolean officiallyReplied(String replyId, Instant now) {
        if (officialReplyId != null) {
            return false;
        }
        this.officialReplyId = replyId;
        this.officialRepliedAt = now;
        return true;
    }

    private void decided(String by, Instant now) {
        this.decidedBy = by;
        this.decidedAt = now;
    }

    Long getId() {
        return id;
    }

    String getPlatform() {
        return platform;
    }

    String getPlatformMessageId() {
        return platformMessageId;
    }

    String getChannel() {
        return channel;
    }

    String getAccountId() {
        return accountId;
    }

    String getSenderId() {
        return senderId;
    }

    String getSenderName() {
        return senderName;
    }

    String getSenderKey() {
        return senderKey;
    }

    String getBody() {
        return body;
    }

    List<String> getMediaRefs() {
        return mediaRefs == null ? List.of() : Arrays.asList(mediaRefs.split("\n"));
    }

    String getThreadId() {
        return threadId;
    }

    boolean isDirectMessage() {
        return directMessage;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    InteractionClass getInteractionClass() {
        return interactionClass;
    }

    double getConfidence() {
        return confidence;
    }

    String getUrgency() {
        return urgency;
    }

    String getSuggestedCategory() {
        return suggestedCategory;
    }

    InteractionState getState() {
        return state;
    }

    Long getComplaintId() {
        return complaintId;
    }

    String getTicket() {
        return ticket;
    }

    String getOpdCode() {
        return opdCode;
    }

    String getAnswerPlatformId() {
        return answerPlatformId;
    }

    String getOfficialReplyId() {
        return officialReplyId;
    }

    Instant getOfficialRepliedAt() {
        return officialRepliedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }
}
