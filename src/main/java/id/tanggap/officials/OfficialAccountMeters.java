package id.tanggap.officials;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Token health for operators: per platform, the verified official accounts through which replies can
 * go out (token=connected) and those that take complaints but have no access token (token=broken).
 * A token the platform refuses shows up as {@code tanggap.platform.post.failures} with permanent=true.
 */
@Component
class OfficialAccountMeters implements MeterBinder {

    static final List<String> PLATFORMS = List.of("FACEBOOK", "INSTAGRAM", "WHATSAPP", "X");
    private static final String VERIFIED = "VERIFIED";

    private final OfficialAccountRepository accounts;

    OfficialAccountMeters(OfficialAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String platform : PLATFORMS) {
            Gauge.builder(
                            "tanggap.official.accounts",
                            accounts,
                            a -> a.countByPlatformAndStatusAndAccessTokenIsNotNull(platform, VERIFIED))
                    .description("verified official accounts per platform and token state")
                    .tags("platform", platform, "token", "connected")
                    .register(registry);
            Gauge.builder(
                            "tanggap.official.accounts",
                            accounts,
                            a -> a.countByPlatformAndStatusAndAccessTokenIsNull(platform, VERIFIED))
                    .description("verified official accounts per platform and token state")
                    .tags("platform", platform, "token", "broken")
                    .register(registry);
        }
    }
}
