package id.tanggap.complaint;

/** The public states of a case, each with the label the public reads. */
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
}
