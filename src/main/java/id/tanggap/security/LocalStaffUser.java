package id.tanggap.security;

import id.tanggap.shared.StaffUser;
import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A staff user from the app_user table. */
class LocalStaffUser extends User implements StaffUser {

    private final String opdCode;

    LocalStaffUser(AppUser user) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
                Arrays.stream(user.getRoles().split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        this.opdCode = user.getOpdCode();
    }

    @Override
    public String username() {
        return getUsername();
    }

    @Override
    public String opdCode() {
        return opdCode;
    }
}
