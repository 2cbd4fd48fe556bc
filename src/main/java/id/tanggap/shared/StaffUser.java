package id.tanggap.shared;

import java.util.Arrays;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/** A logged-in member of staff, whether from the local user table or from OIDC. */
public interface StaffUser {

    String username();

    /** The OPD the user works for; null for province-wide roles. */
    String opdCode();

    Collection<? extends GrantedAuthority> getAuthorities();

    default boolean hasAnyRole(String... roles) {
        return getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.equals("ROLE_" + r)));
    }
}
