package id.tanggap.shared;

/**
 * The verdicts of a programme information campaign as the decision tables give them (campaign-opd-evaluation.dmn for
 * the campaign and each OPD, campaign-participant-evaluation.dmn for each targeted staff member). The code is what is
 * stored, exported and sent to the API; pages show {@link #label()}.
 */
public enum CampaignVerdict {
    TERCAPAI("TERCAPAI", "Tercapai"),
    SEBAGIAN("SEBAGIAN", "Sebagian tercapai"),
    TIDAK_TERCAPAI("TIDAK TERCAPAI", "Tidak tercapai"),
    TANPA_SASARAN("TANPA SASARAN", "Tanpa pegawai sasaran"),
    AKTIF("AKTIF", "Aktif"),
    SETELAH_PENGINGAT("SETELAH PENGINGAT", "Membagikan setelah diingatkan"),
    TIDAK_BERBAGI("TIDAK BERBAGI", "Tidak membagikan");

    private final String code;
    private final String label;

    CampaignVerdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code as the decision tables write it ("TIDAK TERCAPAI"). */
    public String code() {
        return code;
    }

    /** The verdict as the pages show it ("Tidak tercapai"). */
    public String label() {
        return label;
    }

    /** The label of a stored code; null for none, the code itself for one a newer decision table may give. */
    public static String labelOf(String code) {
        if (code == null) {
            return null;
        }
        for (CampaignVerdict v : values()) {
            if (v.code.equals(code)) {
                return v.label;
            }
        }
        return code;
    }
}
