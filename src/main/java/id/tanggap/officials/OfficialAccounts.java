package id.tanggap.officials;

import id.tanggap.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Officials' accounts as other modules see them, with each account's history of changes. */
@Component
public class OfficialAccounts {

    private final OfficialAccountRepository accounts;
    private final AccountHistoryRepository history;

    OfficialAccounts(OfficialAccountRepository accounts, AccountHistoryRepository history) {
        this.accounts = accounts;
        this.history = history;
    }

    public Optional<OfficialAccount> find(long id) {
        return accounts.findById(id);
    }

    /** The account a job names: its absence is a programming or data error, not bad input. */
    public OfficialAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalStateException("no official account " + id));
    }

    /** The account with this platform's id on the platform, empty when none is registered. */
    public Optional<OfficialAccount> onPlatform(Channel platform, String platformAccountId) {
        return accounts.findByPlatformAndPlatformAccountId(platform.name(), platformAccountId);
    }

    /** The same, for callers that carry the platform's name (as stored). */
    public Optional<OfficialAccount> onPlatform(String platform, String platformAccountId) {
        return accounts.findByPlatformAndPlatformAccountId(platform, platformAccountId);
    }

    /** Every registered account, whatever its status. */
    public List<OfficialAccount> all() {
        return accounts.findAll();
    }

    /** The accounts an official (by NIP) holds, whatever their status. */
    public List<OfficialAccount> heldBy(String officialNip) {
        return accounts.findByOfficialNip(officialNip);
    }

    /** Every verified account held by an official (not an institutional one), by platform. */
    public List<OfficialAccount> verifiedOfOfficials() {
        return accounts.findByStatusAndOfficialNipIsNotNullOrderByPlatform(AccountStatus.VERIFIED);
    }

    /** Whether Tanggap can read and answer through the account today (connected, token not broken). */
    public boolean isConnected(long accountId) {
        return connectionState(accountId) == ConnectionState.TERHUBUNG;
    }

    /** Whether Tanggap can act through the account; BELUM_TERHUBUNG for an account it does not know. */
    public ConnectionState connectionState(long accountId) {
        return accounts.findById(accountId)
                .map(OfficialAccount::connectionState)
                .orElse(ConnectionState.BELUM_TERHUBUNG);
    }

    /** The accounts registered for an official, by platform. */
    public List<OfficialAccount> ofOfficial(String nip) {
        return accounts.findByOfficialNip(nip);
    }

    /** Accounts that hold a token: the daily token health check looks at these. */
    public List<OfficialAccount> withToken() {
        return accounts.findByAccessTokenIsNotNull();
    }

    /** Saves a new account or a change to one (its token, its connection), inside the caller's transaction if any. */
    public OfficialAccount save(OfficialAccount account) {
        return accounts.save(account);
    }

    /** Notes a change once per dedup key; true when this call noted it (a redelivered step notes nothing). */
    public boolean noteChange(OfficialAccount account, String dedupKey, Instant at, String actor, String note) {
        if (history.existsByDedupKey(dedupKey)) {
            return false;
        }
        history.save(new AccountHistory(account.getId(), dedupKey, at, actor, account.getStatus(), note));
        return true;
    }

    /** The account's history, oldest first. */
    public List<AccountHistory> historyOf(long accountId) {
        return history.findByAccountIdOrderByChangedAtAscIdAsc(accountId);
    }
}
