package id.tanggap.shared;

import java.util.List;

/**
 * Coordinates as people type them into a form: a decimal point or a decimal comma (-8,5901 is how they are written
 * here). Forms read latitude and longitude as text through this rather than letting Spring bind a number, so a typo
 * comes back as the form with everything typed instead of an error page.
 */
public final class Coordinates {

    private Coordinates() {}

    /**
     * A latitude or longitude as typed: decimal point or comma, blank for none; anything else is added to {@code
     * problems} under {@code field} and read as none.
     */
    public static Double parse(String typed, String field, List<InvalidInputException.FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String normalized = typed.trim().replace('\u2212', '-').replace(',', '.');
        if (normalized.matches("[-+]?\\d{1,3}(\\.\\d+)?")) {
            return Double.valueOf(normalized);
        }
        problems.add(new InvalidInputException.FieldProblem(field, "harus berupa angka desimal, misalnya -8,5901"));
        return null;
    }

    /** One of the pair without the other is a problem for the form (unless a coordinate was already refused). */
    public static void pairOrNone(
            Double latitude, Double longitude, List<InvalidInputException.FieldProblem> problems) {
        if ((latitude == null) != (longitude == null) && problems.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem(
                    latitude == null ? "location.lat" : "location.lon",
                    "isi lintang dan bujur bersama-sama, atau kosongkan keduanya"));
        }
    }
}
