package id.tanggap.shared;

import java.util.Arrays;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/**
 * A logged-in member of staff, whether from the local user table or from OIDC, and the one place that
 * answers what they may see: which cases, whose figures, whose confidential identity, for which OPD
 * they may act. Controllers ask these methods instead of comparing role names themselves.
 */
public interface StaffUser {

    String username();

    /** The OPD the user works for (OPD staff and heads of OPD); null for province-wide roles. */
    String opdCode();

    Collection<? extends GrantedAuthority> getAuthorities();

    /** By role name; kept for callers written before {@link Role}. Prefer the reach methods below. */
    default boolean hasAnyRole(String... roles) {
        return hasAnyRole(Arrays.stream(roles)
                .map(Role::parse)
                .flatMap(java.util.Optional::stream)
                .toArray(Role[]::new));
    }

    default boolean hasAnyRole(Role... roles) {
        return getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.equals(r.authority())));
    }

    /** Diskominfo, supervisors and admins see every OPD's cases and figures. */
    default boolean seesWholeProvince() {
        return hasAnyRole(Role.DISKOMINFO, Role.SUPERVISOR, Role.ADMIN);
    }

    /**
     * The one OPD whose cases and figures the user is limited to, or null when they see the whole province.
     * A user of an OPD role without an OPD gets an OPD code no case has, so that they see nothing.
     */
    default String opdScope() {
        if (seesWholeProvince()) {
            return null;
        }
        return opdCode() == null || opdCode().isBlank() ? "-" : opdCode();
    }

    /**
     * Whether the user may open a case handled by {@code handlingOpd}. Staff and heads of an OPD see only
     * their OPD's cases, and never a case about their own OPD's officials ({@code subjectOpd}), which the
     * Inspectorate handles.
     */
    default boolean mayReadCase(String handlingOpd, String subjectOpd) {
        if (seesWholeProvince()) {
            return true;
        }
        String own = opdCode();
        return hasAnyRole(Role.OPD, Role.OPD_HEAD) && own != null && own.equals(handlingOpd) && !own.equals(subjectOpd);
    }

    /** Whether the user may see the figures of {@code opd} (null: of the whole province): heads of OPD their own only. */
    default boolean mayReadFiguresOf(String opd) {
        if (hasAnyRole(Role.DISKOMINFO, Role.SUPERVISOR, Role.ADMIN)) {
            return true;
        }
        return hasAnyRole(Role.OPD_HEAD) && opd != null && opd.equals(opdCode());
    }

    /** "Hanya Diskominfotik yang tahu": only Diskominfo (and admins) see a confidential reporter's name and contact. */
    default boolean mayReadConfidentialIdentity() {
        return hasAnyRole(Role.DISKOMINFO, Role.ADMIN);
    }

    /** Whether the user may act for staff or officials of {@code opd}: Diskominfo and admins for all, OPD staff for their own. */
    default boolean mayActForOpd(String opd) {
        return hasAnyRole(Role.DISKOMINFO, Role.ADMIN) || hasAnyRole(Role.OPD) && opd != null && opd.equals(opdCode());
    }
}
