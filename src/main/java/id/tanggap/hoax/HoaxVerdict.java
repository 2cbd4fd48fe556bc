package id.tanggap.hoax;

/** Diskominfo's verdict on a registered address, in the terms of the Kominfo hoax clarifications. */
enum HoaxVerdict {
    HOAKS("Hoaks"),
    DISINFORMASI("Disinformasi"),
    MISINFORMASI("Misinformasi"),
    MENYESATKAN("Konten menyesatkan");

    private final String label;

    HoaxVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static HoaxVerdict parse(String s) {
        for (HoaxVerdict v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
