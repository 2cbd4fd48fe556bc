package id.tanggap.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one-time key a form carries (a hidden field {@code kunci}, new on every load of the form): a double
 * click, a refresh that sends the form again or a retry after a lost answer bring the same key, and the
 * action behind the form happens once. A request without a usable key (an old page, a hand-made request)
 * is treated as new each time.
 */
public final class FormKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-:.]{8,100}");

    private FormKeys() {}

    /** A key for one load of a form. */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** Whether a key sent with a form (or an Idempotency-Key) is one to remember. */
    public static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
