package id.tanggap.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regional government agency (perangkat daerah) that handles complaints. */
@Entity
@Table(name = "opd")
class Opd {

    @Id
    private String code;

    private String name;

    @Column(name = "short_name")
    private String shortName;
    /** The Tasklist candidate group whose members work this OPD's tasks. */
    @Column(name = "candidate_group")
    private String candidateGroup;

    private String email;

    /** An inactive OPD is no longer offered for routing; its cases and officials keep naming it. */
    private boolean active = true;

    protected Opd() {}

    Opd(String code, String name, String shortName, String candidateGroup, String email) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.candidateGroup = candidateGroup;
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    void change(String name, String shortName, String email) {
        this.name = name;
        this.shortName = shortName;
        this.email = email;
    }

    void activate(boolean active) {
        this.active = active;
    }

    /** The record as its history shows it, before and after a change. */
    String describe() {
        return "nama: " + name + "; singkatan: " + shortName + "; e-mail: " + (email == null ? "-" : email) + "; grup: "
                + candidateGroup + "; aktif: " + (active ? "ya" : "tidak");
    }
}
