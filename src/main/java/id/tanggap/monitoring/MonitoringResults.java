package id.tanggap.monitoring;

import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.routing.Opds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The results of the daily checks per official account and per OPD over a period: days judged
 * (connected days only), days compliant, and whether the account is connected now. A day on which
 * the account was not connected is no failure and is not counted as judged.
 */
@Component
public class MonitoringResults {

    /** One account's results; {@code percent} null when no day was judged. */
    public record AccountResult(
            long accountId,
            String opdCode,
            String opdName,
            String owner,
            String platform,
            String handle,
            boolean connected,
            int judged,
            int compliant,
            int notConnectedDays,
            Double percent) {

        public String state() {
            return connected ? "Terhubung" : "Belum terhubung";
        }
    }

    /** One OPD's results over its verified accounts. */
    public record OpdResult(
            String opdCode, String opdName, int accounts, int connected, int judged, int compliant, Double percent) {}

    private final JdbcTemplate jdbc;
    private final OfficialAccounts accounts;
    private final Officials officials;
    private final Opds opds;

    MonitoringResults(JdbcTemplate jdbc, OfficialAccounts accounts, Officials officials, Opds opds) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.officials = officials;
        this.opds = opds;
    }

    /** The verified accounts of one OPD (null: all) with their checks in [from, to). */
    public List<AccountResult> perAccount(String opd, LocalDate from, LocalDate to) {
        Map<String, String> names = opds.names();
        List<Object> args = new ArrayList<>(List.of(from, to));
        String where = "a.status = 'VERIFIED'";
        if (opd != null) {
            where += " AND a.opd_code = ?";
            args.add(opd);
        }
        return jdbc.query(
                "SELECT a.id, a.opd_code, a.official_nip, a.platform, a.handle,"
                        + " COALESCE(SUM(CASE WHEN c.connected THEN 1 ELSE 0 END), 0) judged,"
                        + " COALESCE(SUM(CASE WHEN c.connected AND c.compliant THEN 1 ELSE 0 END), 0) ok,"
                        + " COALESCE(SUM(CASE WHEN c.id IS NOT NULL AND NOT c.connected THEN 1 ELSE 0 END), 0) off"
                        + " FROM official_account a LEFT JOIN compliance_check c ON c.account_id = a.id"
                        + " AND c.check_date >= ? AND c.check_date < ? WHERE " + where
                        + " GROUP BY a.id, a.opd_code, a.official_nip, a.platform, a.handle"
                        + " ORDER BY a.opd_code, a.handle, a.platform",
                (rs, i) -> {
                    long id = rs.getLong("id");
                    String nip = rs.getString("official_nip");
                    int judged = rs.getInt("judged");
                    int ok = rs.getInt("ok");
                    return new AccountResult(
                            id,
                            rs.getString("opd_code"),
                            names.getOrDefault(rs.getString("opd_code"), rs.getString("opd_code")),
                            nip == null
                                    ? "Akun OPD"
                                    : officials.find(nip).map(o -> o.getName()).orElse(nip),
                            rs.getString("platform"),
                            rs.getString("handle"),
                            accounts.isConnected(id),
                            judged,
                            ok,
                            rs.getInt("off"),
                            judged == 0 ? null : 100.0 * ok / judged);
                },
                args.toArray());
    }

    /** The accounts' results summed per OPD. */
    public List<OpdResult> perOpd(List<AccountResult> rows) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AccountResult r : rows) {
            int[] s = sums.computeIfAbsent(r.opdCode(), k -> new int[4]);
            names.put(r.opdCode(), r.opdName());
            s[0]++;
            s[1] += r.connected() ? 1 : 0;
            s[2] += r.judged();
            s[3] += r.compliant();
        }
        List<OpdResult> out = new ArrayList<>();
        sums.forEach((code, s) -> out.add(
                new OpdResult(code, names.get(code), s[0], s[1], s[2], s[3], s[2] == 0 ? null : 100.0 * s[3] / s[2])));
        return out;
    }
}
