package id.tanggap.security;

import id.tanggap.shared.StaffUser;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A staff user logged in through OIDC; roles come from a claim, the OPD from the {@code opd} claim. */
class OidcStaffUser extends DefaultOidcUser implements StaffUser {

    OidcStaffUser(OidcUser user, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, user.getIdToken(), user.getUserInfo());
    }

    @Override
    public String username() {
        return getPreferredUsername() != null ? getPreferredUsername() : getSubject();
    }

    @Override
    public String opdCode() {
        return getClaimAsString("opd");
    }
}
