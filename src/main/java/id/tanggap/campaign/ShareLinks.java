package id.tanggap.campaign;

import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.shared.TanggapProperties;
import org.springframework.stereotype.Component;

/**
 * Each targeted staff member's personal link to the share form: signed with the application's key,
 * so that staff report their share without an account and cannot report for someone else.
 */
@Component
class ShareLinks {

    private final PersonalDataCipher cipher;
    private final TanggapProperties properties;

    ShareLinks(PersonalDataCipher cipher, TanggapProperties properties) {
        this.cipher = cipher;
        this.properties = properties;
    }

    String url(long campaignId, String staffId) {
        String base = properties.publicBaseUrl().endsWith("/") ? properties.publicBaseUrl().substring(0, properties.publicBaseUrl().length() - 1)
                : properties.publicBaseUrl();
        return base + "/kampanye/" + campaignId + "/bagikan?staf=" + staffId + "&t=" + cipher.sign(payload(campaignId, staffId));
    }

    boolean valid(long campaignId, String staffId, String token) {
        return staffId != null && cipher.verify(payload(campaignId, staffId), token);
    }

    private static String payload(long campaignId, String staffId) {
        return "campaign-share:" + campaignId + ":" + staffId;
    }
}
