package id.tanggap.channels;

import id.tanggap.officials.ConnectionState;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import io.camunda.client.annotation.JobWorker;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code checkAccountTokens} (account-token-health.bpmn, daily): every connected account's token is
 * checked with its platform. Meta tokens through debug_token (invalid: the account needs connecting
 * again; ending within the warning period: renewed where Meta allows it, else the owner is warned once); X tokens are refreshed (a
 * refused refresh breaks the connection). The notices go out once per token, not every day. The
 * dev seeder's demo-token-* tokens are not the platforms' and are left alone.
 */
@Component
public class CheckAccountTokensWorker {

    private static final Logger log = LoggerFactory.getLogger(CheckAccountTokensWorker.class);

    private final OfficialAccounts accounts;
    private final AccountTokens tokens;
    private final MetaConnectClient meta;
    private final XOAuthClient x;
    private final ChannelProperties properties;
    private final Clock clock;

    CheckAccountTokensWorker(
            OfficialAccounts accounts,
            AccountTokens tokens,
            MetaConnectClient meta,
            XOAuthClient x,
            ChannelProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.meta = meta;
        this.x = x;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "checkAccountTokens")
    public Map<String, Object> checkAccountTokens() {
        int checked = 0;
        int broken = 0;
        for (OfficialAccount a : accounts.withToken()) {
            if (a.getAccessToken().startsWith("demo-token-") || a.connectionState() != ConnectionState.TERHUBUNG) {
                continue;
            }
            checked++;
            try {
                if (!check(a)) {
                    broken++;
                }
            } catch (PlatformException e) {
                // an outage of the platform says nothing about the token: tomorrow's run looks again
                log.warn(
                        "token check of official account {} failed: {}",
                        a.getId(),
                        e.getClass().getSimpleName());
            }
        }
        return Map.of("tokensChecked", checked, "tokensBroken", broken);
    }

    /**
     * A Meta token near its end that still works is renewed where Meta allows it: the long-lived user token (the
     * account's own token when debug_token calls it a USER token, else the one kept when the Page was connected) is
     * exchanged for a new one ({@code GET /oauth/access_token?grant_type=fb_exchange_token}), and for a Page or its
     * Instagram account the Page token is derived again from it ({@code GET /me/accounts}); Meta documents that a
     * Page token obtained with a long-lived user token does not expire. A system-user token (WhatsApp) has no such
     * exchange. False when it could not be renewed today: the owner and Diskominfo are then warned once.
     */
    private boolean renewMeta(OfficialAccount a, MetaConnectClient.TokenInfo info) {
        boolean userToken = "USER".equals(info.type());
        String exchangeable = userToken ? a.getAccessToken() : a.getRefreshToken();
        if (exchangeable == null || "WHATSAPP".equals(a.getPlatform())) {
            return false;
        }
        try {
            MetaConnectClient.UserToken longLived = meta.longLived(exchangeable);
            if (userToken) {
                tokens.metaRenewed(a.getId(), longLived.accessToken(), null, longLived.expiresAt());
                return true;
            }
            MetaConnectClient.Page page = meta.pages(longLived.accessToken()).stream()
                    .filter(p -> p.serves(a) && p.accessToken() != null)
                    .findFirst()
                    .orElse(null);
            if (page == null) {
                log.info("official account {}: the renewed user token no longer reaches its Page", a.getId());
                return false;
            }
            MetaConnectClient.TokenInfo renewed = meta.debug(page.accessToken());
            if (!renewed.valid()) {
                return false;
            }
            tokens.metaRenewed(a.getId(), page.accessToken(), longLived.accessToken(), renewed.expiresAt());
            return true;
        } catch (PlatformException e) {
            // refused (an expired or revoked user token) or not answered: warned once, tried again tomorrow
            log.info("official account {}: Meta token not renewed (code {})", a.getId(), e.code());
            return false;
        }
    }

    /** @return false when the token was found broken */
    private boolean check(OfficialAccount a) {
        if ("X".equals(a.getPlatform())) {
            if (a.getRefreshToken() == null) {
                return true;
            }
            try {
                tokens.refresh(a.getId());
                return true;
            } catch (TokenUnavailable e) {
                return false;
            }
        }
        if (!meta.configured()) {
            return true;
        }
        MetaConnectClient.TokenInfo info;
        try {
            info = meta.debug(a.getAccessToken());
        } catch (PlatformException e) {
            if (e.tokenRefused()) {
                tokens.broken(a.getId(), e.getMessage());
                return false;
            }
            throw e;
        }
        if (!info.valid()) {
            tokens.broken(
                    a.getId(), "debug_token: token tidak berlaku (" + info.errorCode() + ") " + info.errorMessage());
            return false;
        }
        if (info.expiresAt() != null) {
            if (!info.expiresAt().equals(a.getTokenExpiresAt())) {
                tokens.expiresAt(a.getId(), info.expiresAt());
            }
            if (info.expiresAt()
                            .isBefore(clock.instant().plus(properties.connect().expiryWarning()))
                    && !renewMeta(a, info)) {
                tokens.expiring(a.getId());
            }
        }
        return true;
    }
}
