package id.tanggap.security;

import id.tanggap.shared.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff pages a logged-in member of staff may open, for the header of every page ({@code ${@navigasi.links()}})
 * and for where a login lands. The roles are those of each page's controller ({@code @PreAuthorize}); a link only
 * saves a click, the controllers still decide. Residents (not logged in) get no links.
 */
@Component("navigasi")
public class StaffNavigation {

    public record Link(String label, String href, Set<Role> roles) {}

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    /** In the order of the header; a login lands on the first the user may open. */
    static final List<Link> LINKS = List.of(
            new Link("Kotak masuk", "/kotak-masuk", EnumSet.of(Role.DISKOMINFO, Role.ADMIN)),
            new Link("Dasbor", "/dashboard", EnumSet.of(Role.SUPERVISOR, Role.DISKOMINFO, Role.ADMIN, Role.OPD_HEAD)),
            new Link(
                    "Pemantauan",
                    "/pemantauan",
                    EnumSet.of(Role.OPD_HEAD, Role.DISKOMINFO, Role.SUPERVISOR, Role.ADMIN)),
            new Link("Kampanye", "/kampanye", ALL),
            new Link("Call center", "/call-center", EnumSet.of(Role.OPD, Role.DISKOMINFO, Role.ADMIN)),
            new Link(
                    "Akun media sosial",
                    "/inventaris/akun",
                    EnumSet.of(Role.OPD, Role.DISKOMINFO, Role.SUPERVISOR, Role.ADMIN)),
            new Link("Hoaks", "/hoaks", EnumSet.of(Role.DISKOMINFO, Role.ADMIN)),
            new Link("Laporan", "/laporan/minta", EnumSet.of(Role.DISKOMINFO, Role.ADMIN)),
            new Link("Data induk", "/data-induk", EnumSet.of(Role.DISKOMINFO, Role.ADMIN)),
            new Link("Audit", "/audit", EnumSet.of(Role.DISKOMINFO, Role.ADMIN)));

    /** The links of the user of the current request; empty for a resident. */
    public List<Link> links() {
        return linksFor(SecurityContextHolder.getContext().getAuthentication());
    }

    static List<Link> linksFor(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return LINKS.stream()
                .filter(l -> l.roles().stream().map(Role::authority).anyMatch(authorities::contains))
                .toList();
    }

    /** Where a login without a page to go back to lands: the user's first staff page, else the public home. */
    static String home(Authentication authentication) {
        List<Link> links = linksFor(authentication);
        return links.isEmpty() ? "/" : links.getFirst().href();
    }
}
