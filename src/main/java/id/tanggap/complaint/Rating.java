package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The complainant's rating of the result, 1 (bad) to 5 (good), with an optional comment. */
@Embeddable
public record Rating(
        @Column(name = "rating") Integer score,
        @Column(name = "rating_comment") String comment) {

    static final Rating NONE = new Rating(null, null);

    public Rating {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + score);
        }
    }

    static Rating orNone(Rating rating) {
        return rating == null ? NONE : rating;
    }

    /** Two or less reopens the case (once). */
    public boolean unsatisfied() {
        return score != null && score <= 2;
    }
}
