package id.tanggap.inbox;

/** What a message to an official account is, as social-interaction-classification.dmn names it. */
public enum InteractionClass {
    ADUAN("Aduan"),
    ASPIRASI("Aspirasi/saran"),
    PERTANYAAN("Pertanyaan"),
    INFORMASI("Informasi/pujian"),
    SPAM("Spam/kasar"),
    HOAKS("Laporan hoaks"),
    /** The decision could not be evaluated (engine unreachable): a person sorts it in the inbox. */
    BELUM("Belum diklasifikasi");

    private final String label;

    InteractionClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
