package id.tanggap.triage;

/** Timeline notes hold at most 1000 characters (complaint_event.note). */
final class Notes {

    static final int MAX = 1000;

    private Notes() {}

    static String fit(String note) {
        return note.length() <= MAX ? note : note.substring(0, MAX - 1) + "…";
    }
}
