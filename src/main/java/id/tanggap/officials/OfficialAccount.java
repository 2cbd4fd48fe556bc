package id.tanggap.officials;

import id.tanggap.shared.Channel;
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

    /** X's OAuth 2.0 refresh token (offline.access); encrypted at rest like the access token. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "refresh_token")
    private String refreshToken;

    /** When the access token stops working; null when the platform gave no end (a Page or system-user token). */
    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "connected_by")
    private String connectedBy;

    /** Set when the platform refused the token (expired, revoked, a permission withdrawn); cleared by a new connection. */
    @Column(name = "token_broken_at")
    private Instant tokenBrokenAt;

    @Column(name = "token_broken_reason")
    private String tokenBrokenReason;

    @Column(name = "expiry_notice_for")
    private Instant expiryNoticeFor;

    @Column(name = "broken_notice_for")
    private Instant brokenNoticeFor;

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

    /**
     * A token obtained through the platform's flow (or entered by Diskominfo for WhatsApp): the account
     * is connected from now on, and what was noted about an earlier token no longer holds.
     */
    public void connected(String accessToken, String refreshToken, Instant expiresAt, String by, Instant now) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.tokenExpiresAt = expiresAt;
        this.connectedAt = now;
        this.connectedBy = by;
        this.tokenBrokenAt = null;
        this.tokenBrokenReason = null;
        this.expiryNoticeFor = null;
        this.brokenNoticeFor = null;
    }

    /** A refreshed token (X rotates the refresh token on every use). */
    public void refreshed(String accessToken, String refreshToken, Instant expiresAt) {
        this.accessToken = accessToken;
        if (refreshToken != null) {
            this.refreshToken = refreshToken;
        }
        this.tokenExpiresAt = expiresAt;
    }

    /** The platform refused the token for good; the first breakage is kept (a later refusal says nothing new). */
    public boolean tokenBroken(String reason, Instant now) {
        if (tokenBrokenAt != null) {
            return false;
        }
        this.tokenBrokenAt = now;
        this.tokenBrokenReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        return true;
    }

    /** Where the account stands with its platform: see {@link ConnectionState}. */
    public ConnectionState connectionState() {
        if (accessToken == null || accessToken.isBlank()) {
            return tokenBrokenAt != null || connectedAt != null
                    ? ConnectionState.PERLU_DIHUBUNGKAN_ULANG
                    : ConnectionState.BELUM_TERHUBUNG;
        }
        return tokenBrokenAt != null ? ConnectionState.PERLU_DIHUBUNGKAN_ULANG : ConnectionState.TERHUBUNG;
    }

    /** True the first time for this expiry: the "akan kedaluwarsa" notice goes out once per token. */
    public boolean expiryNoticeDue() {
        if (tokenExpiresAt == null || tokenExpiresAt.equals(expiryNoticeFor)) {
            return false;
        }
        this.expiryNoticeFor = tokenExpiresAt;
        return true;
    }

    /** True the first time for this breakage: the "perlu dihubungkan ulang" notice goes out once. */
    public boolean brokenNoticeDue() {
        if (tokenBrokenAt == null || tokenBrokenAt.equals(brokenNoticeFor)) {
            return false;
        }
        this.brokenNoticeFor = tokenBrokenAt;
        return true;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public Instant getTokenBrokenAt() {
        return tokenBrokenAt;
    }

    public String getTokenBrokenReason() {
        return tokenBrokenReason;
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
