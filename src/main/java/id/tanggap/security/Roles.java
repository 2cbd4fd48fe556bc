package id.tanggap.security;

import id.tanggap.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns role names from the user table or the OIDC roles claim into authorities; unknown names grant nothing. */
final class Roles {

    private Roles() {}

    /** The value of a roles claim: a list, a single string, or absent. */
    static List<GrantedAuthority> fromClaim(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        return authorities(values.stream().map(String::valueOf).toList());
    }

    static List<GrantedAuthority> authorities(Collection<String> names) {
        return names.stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
