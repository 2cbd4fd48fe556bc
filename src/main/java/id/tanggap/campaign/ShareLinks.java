package id.tanggap.campaign;

import id.tanggap.shared.ApplicationKeys;
import id.tanggap.shared.TanggapProperties;
import org.springframework.stereotype.Component;

/**
 * Each targeted staff member's personal link to the share form: signed with the share-link key (a
 * key of its own, derived from the master key; never the key that encrypts personal data), so that
 * staff report their share without an account and cannot report for someone else.
 */
@Component
class ShareLinks {

    private final ApplicationKeys keys;
    private final TanggapProperties properties;

    ShareLinks(ApplicationKeys keys, TanggapProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    String url(long campaignId, String staffId) {
        String base = properties.publicBaseUrl().endsWith("/")
                ? properties
                        .publicBaseUrl()
                        .substring(0, properties.publicBaseUrl().length() - 1)
                : properties.publicBaseUrl();
        return base + "/kampanye/" + campaignId + "/bagikan?staf=" + staffId + "&t=" + token(campaignId, staffId);
    }

    String token(long campaignId, String staffId) {
        return keys.sign(ApplicationKeys.SHARE_LINKS, payload(campaignId, staffId));
    }

    boolean valid(long campaignId, String staffId, String token) {
        return staffId != null && keys.verify(ApplicationKeys.SHARE_LINKS, payload(campaignId, staffId), token);
    }

    private static String payload(long campaignId, String staffId) {
        return "campaign-share:" + campaignId + ":" + staffId;
    }
}
