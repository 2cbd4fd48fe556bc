package id.tanggap.forwarding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An authority outside the province government that complaints can be forwarded to. */
@Entity
@Table(name = "forward_target")
public class ForwardTarget {

    @Id
    private String code;

    private String name;
    /** REGENCY, CITY or NATIONAL (SP4N-LAPOR!). */
    private String kind;

    private String email;

    /** An inactive target is no longer offered in triage; cases forwarded to it keep naming it. */
    private boolean active = true;

    protected ForwardTarget() {}

    public ForwardTarget(String code, String name, String kind, String email) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    void change(String name, String kind, String email) {
        this.name = name;
        this.kind = kind;
        this.email = email;
    }

    void activate(boolean active) {
        this.active = active;
    }

    /** The record as its history shows it. */
    String describe() {
        return "nama: " + name + "; jenis: " + kind + "; e-mail: " + (email == null ? "-" : email) + "; aktif: "
                + (active ? "ya" : "tidak");
    }
}
