package id.tanggap.monitoring;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account that is not connected is "belum terhubung": the day is recorded as such (not as a failed
 * check) and its owner (the official, or the OPD for an institutional account) is told once, not on
 * every daily run; the notice is recorded in {@code monitoring_notice}.
 */
@Component
class NotConnectedNotices {

    static final String KIND = "NOT_CONNECTED";

    private final ComplianceCheckRepository checks;
    private final NoticeRecord notices;
    private final OfficialAccounts accounts;
    private final Officials officials;
    private final Opds opds;
    private final Mailer mailer;
    private final TransactionTemplate tx;

    NotConnectedNotices(
            ComplianceCheckRepository checks,
            NoticeRecord notices,
            OfficialAccounts accounts,
            Officials officials,
            Opds opds,
            Mailer mailer,
            TransactionTemplate tx) {
        this.checks = checks;
        this.notices = notices;
        this.accounts = accounts;
        this.officials = officials;
        this.opds = opds;
        this.mailer = mailer;
        this.tx = tx;
    }

    /** @return whether the owner was told by this call (false on every later day) */
    boolean record(long accountId, java.time.LocalDate day, String note, Instant now) {
        OfficialAccount a = accounts.load(accountId);
        return Boolean.TRUE.equals(tx.execute(status -> {
            ComplianceCheck check = checks.findByAccountIdAndCheckDate(accountId, day)
                    .orElseGet(() -> new ComplianceCheck(accountId, day));
            check.notConnected(note);
            checks.save(check);
            if (!notices.firstTime(KIND, Long.toString(accountId), now)) {
                return false;
            }
            Official owner = a.getOfficialNip() == null
                    ? null
                    : officials.find(a.getOfficialNip()).orElse(null);
            String to = owner != null
                    ? owner.getEmail()
                    : opds.find(a.getOpdCode()).orElseThrow().email();
            Map<String, Object> model = new HashMap<>();
            model.put("name", owner != null ? owner.getName() : "Pengelola akun " + a.getHandle());
            model.put("account", a);
            model.put("since", day.toString());
            mailer.sendOnce(
                    "notConnected:" + accountId + ":" + now.toEpochMilli(),
                    null,
                    to,
                    "[Tanggap] Akun " + a.getPlatform() + " " + a.getHandle() + " belum terhubung",
                    "account-not-connected",
                    model);
            return true;
        }));
    }
}
