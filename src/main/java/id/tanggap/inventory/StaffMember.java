package id.tanggap.inventory;

import id.tanggap.shared.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A civil servant (ASN, by NIP) or contract staff member (THL) of an OPD; the name is encrypted at rest. */
@Entity
@Table(name = "staff_member")
class StaffMember {

    @Id
    @Column(name = "staff_id")
    private String staffId;
    @Convert(converter = EncryptedString.class)
    private String name;
    @Column(name = "opd_code")
    private String opdCode;
    /** ASN or THL. */
    private String kind;
    /** Work e-mail, where campaign invitations go; encrypted at rest like the name. */
    @Convert(converter = EncryptedString.class)
    private String email;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffMember() {}

    StaffMember(String staffId, String name, String opdCode, String kind, String email, Instant now) {
        this.staffId = staffId;
        update(name, opdCode, kind, email, now);
    }

    void update(String name, String opdCode, String kind, String email, Instant now) {
        this.name = name;
        this.email = email;
        this.opdCode = opdCode;
        this.kind = kind;
        this.updatedAt = now;
    }

    public String getStaffId() { return staffId; }
    public String getName() { return name; }
    public String getOpdCode() { return opdCode; }
    public String getKind() { return kind; }
    public String getEmail() { return email; }
}
