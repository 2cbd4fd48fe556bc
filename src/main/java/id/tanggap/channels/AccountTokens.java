package id.tanggap.channels;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.ConnectionState;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.process.EngineGateway;
import id.tanggap.routing.Opds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tokens of the official accounts: the one a reply or a read uses (an X token is refreshed shortly
 * before it ends), a new connection (which tells replies waiting for it through the engine outbox),
 * a token the platform refused (the account needs connecting again), and the two notices to the
 * owner and Diskominfo, each sent once per token. Tokens are never logged.
 */
@Component
class AccountTokens {

    static final String RENEWED_MESSAGE = "account-token-renewed";

    private static final Logger log = LoggerFactory.getLogger(AccountTokens.class);
    /** An X token this close to its end is refreshed before use (X's tokens live two hours). */
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    private final OfficialAccounts accounts;
    private final Officials officials;
    private final Opds opds;
    private final Mailer mailer;
    private final EngineGateway engine;
    private final XOAuthClient x;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ChannelProperties properties;
    private final id.tanggap.shared.TanggapProperties app;

    AccountTokens(
            OfficialAccounts accounts,
            Officials officials,
            Opds opds,
            Mailer mailer,
            EngineGateway engine,
            XOAuthClient x,
            TransactionTemplate tx,
            Clock clock,
            ChannelProperties properties,
            id.tanggap.shared.TanggapProperties app) {
        this.app = app;
        this.accounts = accounts;
        this.officials = officials;
        this.opds = opds;
        this.mailer = mailer;
        this.engine = engine;
        this.x = x;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /** The token to act with; refreshed first when it is an X token about to end; TokenUnavailable when there is none that works. */
    String tokenFor(OfficialAccount account) {
        if (account.connectionState() != ConnectionState.TERHUBUNG) {
            throw new TokenUnavailable(
                    account.getId(),
                    "akun " + account.getPlatform() + " " + account.getHandle() + " "
                            + account.connectionState().label());
        }
        Instant end = account.getTokenExpiresAt();
        if ("X".equals(account.getPlatform())
                && end != null
                && account.getRefreshToken() != null
                && end.isBefore(clock.instant().plus(REFRESH_AHEAD))) {
            return refresh(account.getId());
        }
        return account.getAccessToken();
    }

    /** Refreshes an X token (the refresh token rotates); a refusal marks the account broken and throws TokenUnavailable. */
    String refresh(long accountId) {
        OfficialAccount a = accounts.load(accountId);
        XOAuthClient.Tokens t;
        try {
            t = x.refresh(a.getRefreshToken());
        } catch (PlatformException e) {
            if (!e.permanent()) {
                throw e;
            }
            broken(accountId, "refresh token X ditolak: " + e.getMessage());
            throw new TokenUnavailable(accountId, "akun X " + a.getHandle() + " perlu dihubungkan ulang");
        }
        tx.executeWithoutResult(s -> {
            OfficialAccount fresh = accounts.load(accountId);
            fresh.refreshed(t.accessToken(), t.refreshToken(), t.expiresAt());
            accounts.save(fresh);
        });
        return t.accessToken();
    }

    /**
     * A token obtained through the platform's flow: stored encrypted, the account's history notes who
     * connected it, and replies waiting for this account are told through the outbox.
     */
    void connected(long accountId, String accessToken, String refreshToken, Instant expiresAt, String by) {
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            OfficialAccount a = accounts.load(accountId);
            boolean renewal = a.getConnectedAt() != null || a.getTokenBrokenAt() != null;
            a.connected(accessToken, refreshToken, expiresAt, by, now);
            accounts.save(a);
            accounts.noteChange(
                    a,
                    "connected:" + accountId + ":" + now.toEpochMilli(),
                    now,
                    by,
                    (renewal ? "dihubungkan ulang" : "dihubungkan") + " dengan " + a.getPlatform());
            engine.publishLater(
                    RENEWED_MESSAGE,
                    String.valueOf(accountId),
                    RENEWED_MESSAGE + ":" + accountId + ":" + now.toEpochMilli(),
                    Map.of("tokenRenewedAt", now.toString()),
                    // short: a reply that checks the account after this commit finds it connected and does not wait
                    Duration.ofMinutes(1));
        });
        log.info("official account {} connected by {}", accountId, by);
    }

    /** The platform refused the account's token for good: the account needs connecting again; owner and Diskominfo hear of it once. */
    void broken(long accountId, String reason) {
        tx.executeWithoutResult(s -> {
            OfficialAccount a = accounts.load(accountId);
            if (a.tokenBroken(reason, clock.instant())) {
                log.warn("official account {} ({}) needs reconnecting", accountId, a.getPlatform());
            }
            if (a.brokenNoticeDue()) {
                notice(a, "broken");
            }
            accounts.save(a);
        });
    }

    /**
     * A Meta token renewed before its end (CheckAccountTokensWorker): the new access token, the long-lived user token
     * it came from (null: unchanged) and its end (null: it does not end, as Meta documents for a Page token derived
     * from a long-lived user token); the account's history records the renewal and whether the new token ends.
     */
    void metaRenewed(long accountId, String accessToken, String userToken, Instant expiresAt) {
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            OfficialAccount a = accounts.load(accountId);
            a.refreshed(accessToken, userToken, expiresAt);
            accounts.save(a);
            accounts.noteChange(
                    a,
                    "meta-renewed:" + accountId + ":" + now.toEpochMilli(),
                    now,
                    "tanggap",
                    "token " + a.getPlatform() + " diperbarui otomatis sebelum kedaluwarsa"
                            + (expiresAt == null
                                    ? "; token Halaman dari token pengguna jangka panjang tidak kedaluwarsa"
                                    : "; berlaku sampai " + expiresAt));
        });
        log.info("official account {}: Meta token renewed", accountId);
    }

    /** The end debug_token reports for the account's token (it may differ from what was known when it was connected). */
    void expiresAt(long accountId, Instant end) {
        tx.executeWithoutResult(s -> {
            OfficialAccount a = accounts.load(accountId);
            a.refreshed(a.getAccessToken(), null, end);
            accounts.save(a);
        });
    }

    /** The token ends within the warning period: owner and Diskominfo hear of it once for this token. */
    void expiring(long accountId) {
        tx.executeWithoutResult(s -> {
            OfficialAccount a = accounts.load(accountId);
            if (a.expiryNoticeDue()) {
                notice(a, "expiring");
                accounts.save(a);
            }
        });
    }

    static String connectUrl(id.tanggap.shared.TanggapProperties app, long accountId) {
        String base = app.publicBaseUrl().replaceAll("/+$", "");
        return base + "/akun-resmi/" + accountId;
    }

    private void notice(OfficialAccount a, String kind) {
        Official owner = a.getOfficialNip() == null
                ? null
                : officials.find(a.getOfficialNip()).orElse(null);
        Map<String, String> to = new LinkedHashMap<>();
        if (owner != null) {
            to.put(owner.getEmail(), owner.getName());
        } else {
            opds.emailOf(a.getOpdCode()).ifPresent(e -> to.put(e, "Pengelola akun " + a.getHandle()));
        }
        opds.emailOf(properties.connect().diskominfoOpd()).ifPresent(e -> to.putIfAbsent(e, "Diskominfotik"));
        Instant about = "broken".equals(kind) ? a.getTokenBrokenAt() : a.getTokenExpiresAt();
        String subject = "[Tanggap] Akun " + a.getPlatform() + " " + a.getHandle()
                + ("broken".equals(kind) ? " perlu dihubungkan ulang" : " akan kedaluwarsa");
        to.forEach((email, name) -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", name);
            model.put("platform", a.getPlatform());
            model.put("handle", a.getHandle());
            model.put("owner", owner == null ? a.getHandle() : owner.getName());
            model.put("broken", "broken".equals(kind));
            model.put(
                    "expiresAt",
                    a.getTokenExpiresAt() == null ? "" : a.getTokenExpiresAt().toString());
            model.put("connectUrl", connectUrl(app, a.getId()));
            mailer.sendOnce(
                    "token-" + kind + ":" + a.getId() + ":" + about.toEpochMilli() + ":" + email,
                    null,
                    email,
                    subject,
                    "account-token",
                    model);
        });
    }
}
