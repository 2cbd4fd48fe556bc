package id.tanggap.audit;

import java.util.List;

/**
 * The audit trail as CSV (RFC 4180, UTF-8). Every cell is quoted, and a cell that a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe:
 * user names and subjects come from outside and must not run in the inspector's spreadsheet.
 */
final class AuditCsv {

    static final String HEADER = "id,waktu_utc,aktor,peran,aksi,subjek,detail,alamat_klien";

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            out.append(String.join(
                            ",",
                            cell(String.valueOf(e.id())),
                            cell(e.at().toString()),
                            cell(e.actor()),
                            cell(e.actorRoles()),
                            cell(e.action()),
                            cell(e.subject()),
                            cell(e.detail()),
                            cell(e.clientIp())))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
