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
 * again; ending within the warning period: the owner is warned once); X tokens are refreshed (a
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
                    .isBefore(clock.instant().plus(properties.connect().expiryWarning()))) {
                tokens.expiring(a.getId());
            }
        }
        return true;
    }
}
