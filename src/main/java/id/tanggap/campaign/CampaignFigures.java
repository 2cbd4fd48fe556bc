package id.tanggap.campaign;

/** Participation arithmetic shared by the running count, the evaluation and the views. */
final class CampaignFigures {

    private CampaignFigures() {}

    /** Percent of the targeted staff who shared, to one decimal; 0 when nobody was targeted. */
    static double rate(int participated, int targeted) {
        return targeted == 0 ? 0 : Math.round(1000.0 * participated / targeted) / 10.0;
    }
}
