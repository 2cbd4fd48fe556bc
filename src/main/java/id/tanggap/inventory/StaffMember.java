package id.tanggap.inventory;

import id.tanggap.shared.EncryptedString;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A civil servant (ASN, by NIP) or contract staff member (THL) of an OPD; the name is encrypted at rest. */
@Entity
@Table(name = "staff_member")
class StaffMember implements Persistable<String> {

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
    /** The id is the NIP, assigned by us: without this, saving a new member would first look it up (one query per row of an import). */
    @Transient
    private boolean isNew = true;

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

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }

    @Override
    public String getId() {
        return staffId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getStaffId() {
        return staffId;
    }

    public String getName() {
        return name;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public String getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }
}
