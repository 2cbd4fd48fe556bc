package id.tanggap.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local staff account (used where no OIDC provider is configured, and in the dev run). */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;
    /** Comma-separated names of {@link id.tanggap.shared.Role}: DISKOMINFO, OPD, OPD_HEAD, SUPERVISOR, ADMIN. */
    private String roles;

    @Column(name = "opd_code")
    private String opdCode;

    private boolean enabled;

    protected AppUser() {}

    public AppUser(String username, String passwordHash, String displayName, String roles, String opdCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles;
        this.opdCode = opdCode;
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return roles;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
