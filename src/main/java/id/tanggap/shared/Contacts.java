package id.tanggap.shared;

import java.util.regex.Pattern;

/** What kind of contact a reporter left. */
public final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Contacts() {}

    public static boolean isEmail(String contact) {
        return contact != null && EMAIL.matcher(contact.trim()).matches();
    }
}
