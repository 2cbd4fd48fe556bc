package id.tanggap.security;

import id.tanggap.shared.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Groups of local accounts (app_user): derived from their roles and OPD; a disabled account has none. They follow
 * the account's OPD, so a change in the officials register moves nothing here.
 */
@Component
@Profile("!oidc")
class LocalStaffGroups implements StaffGroups, OpdGroupMembership {

    private final AppUserRepository users;

    LocalStaffGroups(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Set<String>> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findById(username)
                .filter(AppUser::isEnabled)
                .map(u -> StaffGroups.fromRoles(
                        u.getRoles() == null
                                ? Set.of()
                                : Arrays.stream(u.getRoles().split(","))
                                        .map(Role::parse)
                                        .flatMap(Optional::stream)
                                        .toList(),
                        u.getOpdCode()));
    }

    @Override
    public boolean move(String email, String fromOpd, String toOpd) {
        return false;
    }

    @Override
    public boolean leave(String email, String opdCode) {
        return false;
    }
}
