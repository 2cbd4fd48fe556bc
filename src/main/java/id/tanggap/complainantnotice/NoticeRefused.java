package id.tanggap.complainantnotice;

/** A notice could not go out: for good (a bad number or token, no account) or for now (a gateway that is down). */
class NoticeRefused extends RuntimeException {

    private final boolean permanent;

    NoticeRefused(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
