package id.tanggap.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * The public states of a case, each with the label the public reads, and the moves between them the
 * process makes (see bpmn/complaint-handling.bpmn). Staying in a state is always allowed: a redelivered
 * job applies its change a second time.
 */
public enum ComplaintStatus {
    DITERIMA("Aduan diterima"),
    DIVERIFIKASI("Aduan diverifikasi"),
    MENUNGGU_INFO("Menunggu informasi dari pelapor"),
    DITUNDA("Ditunda"),
    DIDISPOSISI("Didisposisikan ke OPD"),
    DIPROSES("Sedang ditindaklanjuti"),
    KOORDINASI("Koordinasi lintas OPD"),
    SELESAI("Selesai ditanggapi"),
    DITUTUP("Ditutup"),
    DITERUSKAN("Diteruskan ke instansi berwenang"),
    HOAKS("Hoaks telah diklarifikasi"),
    /** Only on the timeline: a deadline was missed and the case escalated; the case keeps its own status. */
    ESKALASI("Terlambat: dieskalasi");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states of an ended case (closed, forwarded elsewhere, clarified as hoax). */
    public static final Set<ComplaintStatus> ENDED = EnumSet.of(DITUTUP, DITERUSKAN, HOAKS);

    /** A case still running: every state but the ended ones (a resolved case awaits its rating and closing). */
    public boolean isOpen() {
        return !ENDED.contains(this);
    }

    /** Whether the process may move a case from this state to {@code next}. */
    public boolean mayBecome(ComplaintStatus next) {
        return next == this || next.reachableFrom().contains(this);
    }

    /** The states a case may come from; triage ends in verification, forwarding, hoax or a join (closed). */
    private Set<ComplaintStatus> reachableFrom() {
        return switch (this) {
            // a joined report released because its case ended without handling it goes back to triage
            // back in triage after the complainant's answer or the end of a hold
            case DITERIMA -> EnumSet.of(DIVERIFIKASI, DITUTUP, MENUNGGU_INFO, DITUNDA);
            // triage asked the complainant, or put the case on hold
            case MENUNGGU_INFO, DITUNDA -> EnumSet.of(DITERIMA, DIVERIFIKASI);
            // verified in triage; an OPD said "not our authority" (re-routed)
            case DIVERIFIKASI -> EnumSet.of(DITERIMA, DIDISPOSISI, DIPROSES, MENUNGGU_INFO, DITUNDA);
            // routed after verification (again after a re-route or Diskominfo's authority decision)
            case DIDISPOSISI -> EnumSet.of(DIVERIFIKASI);
            // the OPD's first response; joint follow-up after coordination; reopened after a low rating
            case DIPROSES -> EnumSet.of(DIDISPOSISI, KOORDINASI, SELESAI);
            case KOORDINASI -> EnumSet.of(DIDISPOSISI, DIPROSES);
            case SELESAI -> EnumSet.of(DIDISPOSISI, DIPROSES, KOORDINASI);
            // closed after resolution (verified, or no reply), or a report joined to another case in triage
            // ... or archived in triage (incomplete, no answer from the complainant)
            case DITUTUP -> EnumSet.of(SELESAI, DITERIMA, DIVERIFIKASI, MENUNGGU_INFO, DITUNDA);
            case DITERUSKAN, HOAKS -> EnumSet.of(DITERIMA, DIVERIFIKASI);
            // only a timeline entry: no case ever takes this state
            case ESKALASI -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }
}
