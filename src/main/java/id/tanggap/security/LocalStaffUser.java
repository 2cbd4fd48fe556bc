package id.tanggap.security;

import id.tanggap.shared.StaffUser;
import org.springframework.security.core.userdetails.User;

/** A staff user from the app_user table. */
class LocalStaffUser extends User implements StaffUser {

    private final String opdCode;

    LocalStaffUser(AppUser user) {
        super(
                user.getUsername(),
                user.getPasswordHash(),
                user.isEnabled(),
                true,
                true,
                true,
                Roles.authorities(
                        user.getRoles() == null
                                ? java.util.List.of()
                                : java.util.List.of(user.getRoles().split(","))));
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
