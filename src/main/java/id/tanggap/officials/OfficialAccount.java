package id.tanggap.officials;

import id.tanggap.complaint.Channel;
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
import java.time.Instant;

/**
 * An official social-media account or WhatsApp number of an OPD or official: messages to it become
 * cases, and replies go out through it (with its access token, encrypted at rest).
 */
@Entity
@Table(name = "official_account")
public class OfficialAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** FACEBOOK, INSTAGRAM, WHATSAPP or X. */
    private String platform;

    @Column(name = "platform_account_id")
    private String platformAccountId;

    private String handle;
    private String url;

    @Column(name = "opd_code")
    private String opdCode;

    @Column(name = "official_nip")
    private String officialNip;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Convert(converter = EncryptedString.class)
    @Column(name = "access_token")
    private String accessToken;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "process_instance_key")
    private Long processInstanceKey;

    protected OfficialAccount() {}

    public OfficialAccount(
            String platform,
            String platformAccountId,
            String handle,
            String url,
            String opdCode,
            String officialNip,
            String status,
            String accessToken,
            Instant createdAt) {
        this.platform = platform;
        this.platformAccountId = platformAccountId;
        this.handle = handle;
        this.url = url;
        this.opdCode = opdCode;
        this.officialNip = officialNip;
        this.status = AccountStatus.valueOf(status);
        this.accessToken = accessToken;
        this.createdAt = createdAt;
    }

    public OfficialAccount(
            Channel platform,
            String platformAccountId,
            String handle,
            String url,
            String opdCode,
            String officialNip,
            AccountStatus status,
            String accessToken,
            Instant createdAt) {
        this(
                platform.name(),
                platformAccountId,
                handle,
                url,
                opdCode,
                officialNip,
                status.name(),
                accessToken,
                createdAt);
    }

    public void inVerification(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    public void verified(Instant now) {
        this.status = AccountStatus.VERIFIED;
        this.verifiedAt = now;
        this.rejectionReason = null;
    }

    public void rejected(String reason) {
        this.status = AccountStatus.REJECTED;
        this.rejectionReason = reason;
    }

    public boolean takesComplaints() {
        return status == AccountStatus.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public String getPlatform() {
        return platform;
    }

    /** The platform as a channel; empty for a name Tanggap does not know (an old row). */
    public java.util.Optional<Channel> getChannel() {
        return Channel.parse(platform);
    }

    public String getPlatformAccountId() {
        return platformAccountId;
    }

    public String getHandle() {
        return handle;
    }

    public String getUrl() {
        return url;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public String getOfficialNip() {
        return officialNip;
    }

    /** The status's name (kept for callers that compare names; prefer {@link #getAccountStatus()}). */
    public String getStatus() {
        return status.name();
    }

    public AccountStatus getAccountStatus() {
        return status;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
