package id.tanggap.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The person behind a province-wide escalation role: SEKDA, GOVERNOR_OFFICE, DISKOMINFO_HEAD. */
@Entity
@Table(name = "escalation_contact")
public class EscalationContact {

    @Id
    private String role;

    private String name;
    private String email;

    protected EscalationContact() {}

    public EscalationContact(String role, String name, String email) {
        this.role = role;
        this.name = name;
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    void change(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** The record as its history shows it. */
    String describe() {
        return "nama: " + name + "; e-mail: " + email;
    }
}
