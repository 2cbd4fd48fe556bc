package id.tanggap.security;

import id.tanggap.shared.Role;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Tasklist candidate groups a member of staff belongs to ({@code diskominfo}, {@code supervisors},
 * {@code kepala-diskominfotik}, {@code opd-<code>}), looked up by user name. Local accounts: derived from
 * their roles and OPD ({@link #fromRoles}); with the {@code oidc} profile: the user's groups in the
 * Keycloak realm, the same groups the orchestration cluster reads from the token's {@code groups} claim.
 */
public interface StaffGroups {

    /** The user's groups, or empty when no such user is known (then nothing may be assigned to them). */
    Optional<Set<String>> of(String username);

    /** The groups the realm gives a user of these roles and OPD (docker/keycloak/tanggap-realm.json). */
    static Set<String> fromRoles(Collection<Role> roles, String opdCode) {
        Set<String> groups = new TreeSet<>();
        if (roles.contains(Role.DISKOMINFO)) {
            groups.add("diskominfo");
        }
        if (roles.contains(Role.SUPERVISOR)) {
            groups.add("supervisors");
        }
        boolean ofAnOpd = roles.contains(Role.OPD) || roles.contains(Role.OPD_HEAD);
        if (ofAnOpd && opdCode != null && !opdCode.isBlank()) {
            groups.add("opd-" + opdCode.trim().toLowerCase(Locale.ROOT));
            if (roles.contains(Role.OPD_HEAD) && "DISKOMINFOTIK".equalsIgnoreCase(opdCode.trim())) {
                groups.add("kepala-diskominfotik");
            }
        }
        return groups;
    }
}
