package id.tanggap.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officials module's official_account table as tests of other modules read it: the one place
 * outside that module that knows it. Only for what the module's API does not show: the stored
 * (encrypted) tokens and the verification instance; anything else is read through OfficialAccounts.
 */
public final class AccountRows {

    private AccountRows() {}

    /** The access token as stored (encrypted at rest), not as the API decrypts it. */
    public static String storedAccessToken(JdbcTemplate jdbc, long accountId) {
        return jdbc.queryForObject("SELECT access_token FROM official_account WHERE id = ?", String.class, accountId);
    }

    /** The refresh token as stored (encrypted at rest). */
    public static String storedRefreshToken(JdbcTemplate jdbc, long accountId) {
        return jdbc.queryForObject("SELECT refresh_token FROM official_account WHERE id = ?", String.class, accountId);
    }

    /** The verification instance started for the account, null until the engine took the start. */
    public static Long processInstance(JdbcTemplate jdbc, long accountId) {
        return jdbc.queryForObject(
                "SELECT process_instance_key FROM official_account WHERE id = ?", Long.class, accountId);
    }
}
