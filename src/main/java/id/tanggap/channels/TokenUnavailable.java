package id.tanggap.channels;

/** The official account has no working token: the reply waits in the process for the account to be connected again. */
class TokenUnavailable extends RuntimeException {

    private final long accountId;

    TokenUnavailable(long accountId, String message) {
        super(message);
        this.accountId = accountId;
    }

    long accountId() {
        return accountId;
    }
}
