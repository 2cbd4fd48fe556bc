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
}
