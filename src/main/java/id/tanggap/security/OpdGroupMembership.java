package id.tanggap.security;

/**
 * Moves a member of staff into the Tasklist group of an OPD ({@code opd-<code>}) where the identity provider
 * keeps group memberships: with the {@code oidc} profile Keycloak, through its admin API. Called when the officials
 * register gives an official a position or moves them to another OPD, so the person can take that OPD's tasks
 * without an administrator editing the realm by hand. Local accounts derive their groups from their OPD, so there
 * it changes nothing.
 */
public interface OpdGroupMembership {

    /**
     * The staff account with this e-mail address joins {@code opd-<toOpd>} and, when {@code fromOpd} is given and
     * differs, leaves {@code opd-<fromOpd>}. False when the identity provider keeps no such account (or no groups).
     */
    boolean move(String email, String fromOpd, String toOpd);

    /**
     * The staff account with this e-mail address leaves {@code opd-<opd>}: the previous holder of a position, when
     * the position goes to someone else and they hold no other position of that OPD (also within the same OPD, where
     * {@link #move} changes nothing for them). False when the identity provider keeps no such account (or no groups).
     */
    boolean leave(String email, String opdCode);
}
