package id.tanggap.channels;

/**
 * A platform API refused a call. Permanent refusals (expired or revoked token, missing permission)
 * will not heal by retrying; the others (rate limits, outages) may.
 */
public class PlatformException extends RuntimeException {

    private final boolean permanent;
    /** The platform's error code (Graph's error.code, X's HTTP status), -1 when unknown. */
    private final int code;

    PlatformException(String message, boolean permanent) {
        this(message, permanent, -1);
    }

    PlatformException(String message, boolean permanent, int code) {
        super(message);
        this.permanent = permanent;
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The object asked for does not exist or this app may not read it (Graph 100/110/803, X 404): nothing to read, not an outage. */
    public boolean notReadable() {
        return code == 100 || code == 110 || code == 803 || code == 404;
    }

    /**
     * The platform refused the token itself: Graph 190 (expired or revoked), 102 (session), 10 and 200
     * (a permission withdrawn), X 401. The account must be connected again; retrying cannot help.
     */
    public boolean tokenRefused() {
        return code == 190 || code == 102 || code == 10 || code == 200 || code == 401;
    }

    public boolean permanent() {
        return permanent;
    }
}
