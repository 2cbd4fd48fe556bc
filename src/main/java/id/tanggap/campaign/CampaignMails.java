package id.tanggap.campaign;

import id.tanggap.notification.Mailer;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.shared.TanggapProperties;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The e-mails to targeted staff: the invitation and the halfway reminder, each at most once per person. */
@Component
class CampaignMails {

    private final Mailer mailer;
    private final ShareLinks links;
    private final PersonalDataCipher cipher;
    private final TanggapProperties properties;

    CampaignMails(Mailer mailer, ShareLinks links, PersonalDataCipher cipher, TanggapProperties properties) {
        this.mailer = mailer;
        this.links = links;
        this.cipher = cipher;
        this.properties = properties;
    }

    /** @return false when the person has no e-mail address in the inventory */
    boolean invite(Campaign c, String staffId, String storedName, String storedEmail) {
        return send(
                "campaign-invite",
                "[Tanggap] Ajakan menyebarkan informasi: ",
                "campaign-invitation",
                c,
                staffId,
                storedName,
                storedEmail);
    }

    boolean remind(Campaign c, String staffId, String storedName, String storedEmail) {
        return send(
                "campaign-reminder",
                "[Tanggap] Pengingat: bagikan informasi ",
                "campaign-reminder",
                c,
                staffId,
                storedName,
                storedEmail);
    }

    private boolean send(
            String kind,
            String subject,
            String template,
            Campaign c,
            String staffId,
            String storedName,
            String storedEmail) {
        String email = cipher.decrypt(storedEmail);
        if (email == null || email.isBlank()) {
            return false;
        }
        mailer.sendOnce(
                kind + ":" + c.getId() + ":" + staffId,
                null,
                email,
                subject + c.getProgramme(),
                template,
                Map.of(
                        "name",
                        cipher.decrypt(storedName),
                        "programme",
                        c.getProgramme(),
                        "contentUrl",
                        c.getContentUrl(),
                        "deadline",
                        IndonesianDates.longDateTime(c.getWindowEnd(), properties.zone()),
                        "shareLink",
                        links.url(c.getId(), staffId)));
        return true;
    }
}
