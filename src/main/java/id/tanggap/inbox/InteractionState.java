package id.tanggap.inbox;

/** Where an interaction stands. */
enum InteractionState {
    /** waits for Diskominfo in the social inbox */
    MENUNGGU("Menunggu"),
    /** kept and findable, no action needed (confident information/praise, spam) */
    ARSIP("Arsip"),
    /** became a case (ticket set once the intake took it) */
    KASUS("Menjadi kasus"),
    /** forwarded to an OPD as an aspiration (information, no service-level clock) */
    ASPIRASI("Diteruskan sebagai aspirasi"),
    /** answered on the platform with a saved reply */
    DIJAWAB("Dijawab"),
    /** dismissed by Diskominfo */
    DIABAIKAN("Diabaikan");

    private final String label;

    InteractionState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
