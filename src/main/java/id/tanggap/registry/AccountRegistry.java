package id.tanggap.registry;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.notification.Mailer;
import id.tanggap.officials.AccountStatus;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.process.EngineGateway;
import id.tanggap.shared.Channel;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.InvalidInputException.FieldProblem;
import id.tanggap.shared.NotFoundException;
import id.tanggap.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Point 2: officials (or their OPD's admin) submit their social-media accounts; Diskominfo verifies
 * them in official-account-verification.bpmn; only verified accounts are published. Every change
 * is kept in the account's history.
 */
@Service
public class AccountRegistry {

    /** Point 1: every echelon II and III official is active on these. */
    public static final List<String> REQUIRED_PLATFORMS =
            Channel.REQUIRED_FOR_OFFICIALS.stream().map(Channel::name).toList();

    /** Starts official-account-verification; "official-account:<id>" is its message id and correlation key, so an account starts one instance. */
    static final String SUBMITTED_MESSAGE = "official-account-submitted";

    private static final String START_PREFIX = "official-account:";

    public record Submission(String platform, String handle, String url, String platformAccountId) {}

    private final Officials officials;
    private final OfficialAccounts accounts;
    private final Mailer mailer;
    private final EngineGateway engine;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final AuditTrail audit;

    AccountRegistry(
            Officials officials,
            OfficialAccounts accounts,
            Mailer mailer,
            EngineGateway engine,
            TransactionTemplate tx,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.officials = officials;
        this.accounts = accounts;
        this.mailer = mailer;
        this.engine = engine;
        this.tx = tx;
        this.clock = clock;
    }

    public OfficialAccount submit(String nip, Submission s, StaffUser user) {
        Official official =
                officials.find(nip).orElseThrow(() -> new NotFoundException("Tidak ada pejabat dengan NIP " + nip));
        if (!user.mayActForOpd(official.getOpdCode())) {
            throw new AccessDeniedException("officials of another OPD");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Channel platform =
                Channel.parse(s.platform()).filter(Channel::isAccountPlatform).orElse(null);
        if (platform == null) {
            problems.add(new FieldProblem("platform", "harus salah satu dari " + Channel.ACCOUNT_PLATFORMS));
        }
        if (s.handle() == null || !s.handle().trim().matches("@?[A-Za-z0-9._+ -]{2,100}")) {
            problems.add(new FieldProblem("handle", "wajib diisi: nama akun, 2-100 karakter"));
        }
        if (s.url() == null || !s.url().trim().matches("https://\\S{4,480}")) {
            problems.add(new FieldProblem("url", "harus tautan https ke akun"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String id = s.platformAccountId() == null || s.platformAccountId().isBlank()
                ? s.handle().trim().toLowerCase()
                : s.platformAccountId().trim();
        if (accounts.onPlatform(platform, id).isPresent()) {
            throw InvalidInputException.of("handle", "akun ini sudah terdaftar");
        }
        OfficialAccount account = tx.execute(status -> {
            Instant now = clock.instant();
            OfficialAccount a = accounts.save(new OfficialAccount(
                    platform.name(),
                    id,
                    s.handle().trim(),
                    s.url().trim(),
                    official.getOpdCode(),
                    official.getNip(),
                    AccountStatus.SUBMITTED.name(),
                    null,
                    now));
            record(a, "submitted:" + a.getId(), user.username(), "Diajukan untuk verifikasi");
            // queued with the account: it reaches the engine after the commit, also if the engine is down right now
            engine.publishLater(
                    SUBMITTED_MESSAGE,
                    START_PREFIX + a.getId(),
                    START_PREFIX + a.getId(),
                    Map.of(
                            "accountId",
                            a.getId(),
                            "officialNip",
                            official.getNip(),
                            "officialName",
                            official.getName(),
                            "platform",
                            platform.name(),
                            "handle",
                            a.getHandle(),
                            "accountUrl",
                            a.getUrl()));
            return a;
        });
        return account;
    }

    /**
     * Notes the account's change in its history and, once per change, in the audit trail: a submission as the
     * logged-in user from their address, a verification decision (taken in Tasklist) as Diskominfotik.
     */
    void record(OfficialAccount account, String dedupKey, String actor, String note) {
        if (!accounts.noteChange(account, dedupKey, clock.instant(), actor, note)) {
            return;
        }
        String subject = "akun-pejabat:" + account.getId();
        String detail = account.getPlatform() + " " + account.getHandle() + ": " + note;
        if (dedupKey.startsWith("submitted:")) {
            audit.record(AuditAction.ACCOUNT_CHANGED, subject, detail);
        } else {
            audit.record(actor, "DISKOMINFO", AuditAction.ACCOUNT_CHANGED, subject, detail, "-");
        }
    }

    /** The verification instance (started by a message, one per account) is noted on the account. */
    void verificationStarted(long accountId, long processInstanceKey) {
        tx.executeWithoutResult(
                status -> accounts.find(accountId).ifPresent(a -> a.inVerification(processInstanceKey)));
    }

    /** Diskominfo verified the account: it appears in the public directory. Idempotent per {@code dedupKey}. */
    void publish(long accountId, String dedupKey) {
        tx.executeWithoutResult(status -> {
            OfficialAccount a = accounts.load(accountId);
            a.verified(clock.instant());
            record(a, dedupKey, "Diskominfotik", "Terverifikasi dan ditampilkan di direktori");
        });
    }

    /** Diskominfo rejected the account; its official is e-mailed the reason (once per rejecting step). */
    void reject(long accountId, String reason, long elementInstanceKey) {
        OfficialAccount account = tx.execute(status -> {
            OfficialAccount a = accounts.load(accountId);
            a.rejected(reason);
            record(a, "reject:" + elementInstanceKey, "Diskominfotik", "Ditolak: " + reason);
            return a;
        });
        Official official = officials
                .find(account.getOfficialNip())
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " has no registered official"));
        mailer.sendOnce(
                "rejectOfficialAccount:" + elementInstanceKey,
                null,
                official.getEmail(),
                "[Tanggap] Akun " + account.getPlatform() + " " + account.getHandle() + " belum dapat diverifikasi",
                "account-rejected",
                Map.of("official", official, "account", account, "reason", reason));
    }
}
