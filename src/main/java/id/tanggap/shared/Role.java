package id.tanggap.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one role model of Tanggap. Local accounts list these names in {@code app_user.roles}; with OIDC
 * they come from the roles claim (with or without a {@code ROLE_} prefix, any case). Anything else is
 * ignored, so an unknown role never grants access.
 */
public enum Role {

    /** Diskominfotik operators: triage, every case, confidential identities (each read logged). */
    DISKOMINFO,
    /** Staff of one OPD: that OPD's cases, reporters masked. */
    OPD,
    /** Head of one OPD: that OPD's cases and figures, never the Inspectorate's cases about its own officials. */
    OPD_HEAD,
    /** Province-wide oversight (Sekretariat Daerah): every case and figure, but no confidential identity. */
    SUPERVISOR,
    /** Administrators: everything Diskominfo may, plus the system's settings. */
    ADMIN;

    /** Spring Security's authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A role from a claim or a roles column ({@code opd_head}, {@code ROLE_OPD_HEAD}, ...), or empty if it is none of ours. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("^ROLE_", "");
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
