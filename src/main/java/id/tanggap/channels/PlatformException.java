package id.tanggap.channels;

/**
 * A platform API refused a call. Permanent refusals (expired or revoked token, missing permission)
 * will not heal by retrying; the others (rate limits, outages) may.
 */
public class PlatformException extends RuntimeException {

    private final boolean permanent;

    PlatformException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
