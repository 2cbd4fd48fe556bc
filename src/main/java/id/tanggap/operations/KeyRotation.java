package id.tanggap.operations;

import id.tanggap.shared.PersonalDataCipher;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored personal-data value under the current {@code TANGGAP_CRYPTO_KEY}, so that
 * the previous key ({@code TANGGAP_CRYPTO_KEY_PREVIOUS}) can be dropped. It walks each encrypted
 * column in batches by primary key, one transaction per batch, and touches only values that are not
 * sealed under the current key yet (their key id says so): a second run changes nothing, and a run
 * that stopped half-way is simply started again. A row changed by the application meanwhile is left
 * alone (the update compares the old value), and was written under the current key anyway.
 */
@Component
class KeyRotation {

    /** One encrypted column and the primary key of its table. */
    record EncryptedColumn(String table, String idColumn, String column) {}

    /**
     * Every column that holds personal data encrypted by {@link PersonalDataCipher}: the JPA columns
     * with the EncryptedString converter (KeyRotationIT fails when an entity adds one that is not
     * here) and the queued e-mails, which the mailer encrypts itself.
     */
    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("complaint", "id", "reporter_name"),
            new EncryptedColumn("complaint", "id", "reporter_contact"),
            new EncryptedColumn("complaint", "id", "channel_sender_id"),
            new EncryptedColumn("staff_member", "staff_id", "name"),
            new EncryptedColumn("staff_member", "staff_id", "email"),
            new EncryptedColumn("official_account", "id", "access_token"),
            new EncryptedColumn("official_account", "id", "refresh_token"),
            new EncryptedColumn("notification_log", "id", "content"),
            new EncryptedColumn("social_interaction", "id", "sender_id"),
            new EncryptedColumn("social_interaction", "id", "sender_name"),
            // the privacy module encrypts these itself (JDBC), like the mailer its queued e-mails
            new EncryptedColumn("subject_code", "id", "contact"),
            new EncryptedColumn("data_subject_request", "id", "contact"),
            new EncryptedColumn("data_subject_request", "id", "corrected_name"),
            new EncryptedColumn("data_subject_request", "id", "note"));

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate tx;

    KeyRotation(JdbcTemplate jdbc, PersonalDataCipher cipher, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = tx;
    }

    /** @return how many values were re-encrypted */
    int rotate(int batchSize) {
        int total = 0;
        for (EncryptedColumn c : COLUMNS) {
            int n = rotate(c, batchSize);
            log.info("key rotation: {}.{}: {} values re-encrypted", c.table(), c.column(), n);
            total += n;
        }
        return total;
    }

    private int rotate(EncryptedColumn c, int batchSize) {
        // table and column names come from the constant list above, never from input
        String select = "select " + c.idColumn() + " as row_id, " + c.column() + " as value from " + c.table()
                + " where " + c.column() + " is not null and " + c.column() + " not like ?";
        String update = "update " + c.table() + " set " + c.column() + " = ? where " + c.idColumn() + " = ? and "
                + c.column() + " = ?";
        String current = cipher.currentPrefix() + "%"; // hex key id: no LIKE wildcards in it
        int done = 0;
        Object after = null;
        while (true) {
            List<Map<String, Object>> rows = after == null
                    ? jdbc.queryForList(select + " order by " + c.idColumn() + " limit ?", current, batchSize)
                    : jdbc.queryForList(
                            select + " and " + c.idColumn() + " > ? order by " + c.idColumn() + " limit ?",
                            current,
                            after,
                            batchSize);
            if (rows.isEmpty()) {
                return done;
            }
            Integer changed = tx.execute(status -> {
                int n = 0;
                for (Map<String, Object> row : rows) {
                    String stored = (String) row.get("value");
                    String rotated = cipher.reencrypt(stored);
                    if (!rotated.equals(stored)) {
                        n += jdbc.update(update, rotated, row.get("row_id"), stored);
                    }
                }
                return n;
            });
            done += changed == null ? 0 : changed;
            after = rows.get(rows.size() - 1).get("row_id");
            if (rows.size() < batchSize) {
                return done;
            }
        }
    }
}
