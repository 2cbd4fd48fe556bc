package id.tanggap.officials;

/**
 * Whether Tanggap can act through an official account on its platform: it holds no token yet, it
 * holds one that works, or the one it holds was found expired, revoked or refused and the owner must
 * connect the account again.
 */
public enum ConnectionState {
    BELUM_TERHUBUNG("belum terhubung"),
    TERHUBUNG("terhubung"),
    PERLU_DIHUBUNGKAN_ULANG("perlu dihubungkan ulang");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    /** The words the directory, the registry and the notices show. */
    public String label() {
        return label;
    }
}
