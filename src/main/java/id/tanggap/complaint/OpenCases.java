package id.tanggap.complaint;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What "an open case" means, once, for Java and for SQL over the {@code complaint} table (read models such as
 * the dashboard and the monitoring counts): a case is open while it has not ended (closed, forwarded, hoax)
 * and is no joined report; it is outstanding while it is open and not yet resolved (the OPD still owes work).
 */
public final class OpenCases {

    /** The states of an outstanding case: open and not resolved. */
    public static final Set<ComplaintStatus> OUTSTANDING = outstanding();

    private OpenCases() {}

    public static boolean isOpen(Complaint c) {
        return c.getStatus().isOpen() && c.getDuplicateOfId() == null;
    }

    public static boolean isOutstanding(Complaint c) {
        return isOpen(c) && OUTSTANDING.contains(c.getStatus());
    }

    /** SQL condition for an open case, on the complaint table under {@code alias} (empty: no alias). */
    public static String openSql(String alias) {
        return notIn(alias, ComplaintStatus.ENDED) + " AND " + column(alias, "duplicate_of_id") + " IS NULL";
    }

    /** SQL condition for an outstanding case, on the complaint table under {@code alias} (empty: no alias). */
    public static String outstandingSql(String alias) {
        Set<ComplaintStatus> notOutstanding = EnumSet.complementOf(EnumSet.copyOf(OUTSTANDING));
        return notIn(alias, notOutstanding) + " AND " + column(alias, "duplicate_of_id") + " IS NULL";
    }

    private static String notIn(String alias, Set<ComplaintStatus> states) {
        return column(alias, "status") + " NOT IN ("
                + states.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String column(String alias, String column) {
        return alias == null || alias.isEmpty() ? column : alias + "." + column;
    }

    private static Set<ComplaintStatus> outstanding() {
        Set<ComplaintStatus> states = EnumSet.allOf(ComplaintStatus.class);
        states.removeAll(ComplaintStatus.ENDED);
        states.remove(ComplaintStatus.SELESAI);
        return Set.copyOf(states);
    }
}
