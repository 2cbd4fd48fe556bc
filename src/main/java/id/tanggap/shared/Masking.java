package id.tanggap.shared;

/** Masks personal data for logs, reports and pages that must not show it whole. */
public final class Masking {

    private Masking() {}

    /** "Baiq Nurul Aini" becomes "B*** N**** A***". */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.charAt(0)).append("*".repeat(Math.max(3, part.length() - 1)));
        }
        return out.toString();
    }

    /** An e-mail keeps its first letter and domain, anything else its last four characters. */
    public static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return "-";
        }
        String c = contact.trim();
        int at = c.indexOf('@');
        if (at > 0) {
            return c.charAt(0) + "***" + c.substring(at);
        }
        return c.length() <= 4 ? "****" : "*".repeat(c.length() - 4) + c.substring(c.length() - 4);
    }
}
