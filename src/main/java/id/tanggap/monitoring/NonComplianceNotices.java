package id.tanggap.monitoring;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The e-mails about a non-compliant account: what failed and what to do, in Indonesian. */
@Component
class NonComplianceNotices {

    private final OfficialAccounts accounts;
    private final Officials officials;
    private final Opds opds;
    private final Mailer mailer;

    NonComplianceNotices(OfficialAccounts accounts, Officials officials, Opds opds, Mailer mailer) {
        this.accounts = accounts;
        this.officials = officials;
        this.opds = opds;
        this.mailer = mailer;
    }

    void send(
            String kind,
            long accountId,
            String checkDate,
            Map<String, Boolean> compliance,
            int consecutiveFailures,
            boolean toHead) {
        OfficialAccount a = accounts.find(accountId).orElseThrow();
        Official owner = a.getOfficialNip() == null
                ? null
                : officials.find(a.getOfficialNip()).orElse(null);
        String to;
        String name;
        if (toHead) {
            Official head = officials.headOf(a.getOpdCode()).orElseThrow();
            to = head.getEmail();
            name = head.getName();
        } else if (owner != null) {
            to = owner.getEmail();
            name = owner.getName();
        } else {
            to = opds.find(a.getOpdCode()).orElseThrow().email();
            name = "Pengelola akun " + a.getHandle();
        }
        List<String> failed = new ArrayList<>();
        if (!Boolean.TRUE.equals(compliance.get("active"))) {
            failed.add("tidak ada unggahan dalam 7 hari terakhir");
        }
        if (!Boolean.TRUE.equals(compliance.get("responsive"))) {
            failed.add("ada aduan, pesan atau komentar yang belum ditanggapi melewati batas waktu");
        }
        if (!Boolean.TRUE.equals(compliance.get("complete"))) {
            failed.add("akun Facebook, Instagram dan X belum lengkap terverifikasi");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("account", a);
        model.put("owner", owner == null ? a.getHandle() : owner.getName());
        model.put("failed", failed);
        model.put("checkDate", checkDate);
        model.put("failures", consecutiveFailures);
        model.put("toHead", toHead);
        mailer.sendOnce(
                kind + ":" + accountId + ":" + checkDate,
                null,
                to,
                "[Tanggap] Akun " + a.getPlatform() + " " + a.getHandle()
                        + (toHead
                                ? " tidak patuh " + consecutiveFailures + " kali berturut-turut"
                                : " belum memenuhi instruksi Gubernur"),
                "account-non-compliance",
                model);
    }
}
