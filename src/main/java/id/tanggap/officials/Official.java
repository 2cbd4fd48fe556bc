package id.tanggap.officials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An echelon II or III official (pejabat) of an OPD, identified by NIP. */
@Entity
@Table(name = "official")
public class Official {

    @Id
    private String nip;

    private String name;

    @Column(name = "position_title")
    private String positionTitle;
    /** "II" or "III". */
    private String echelon;

    @Column(name = "opd_code")
    private String opdCode;

    private String email;

    @Column(name = "superior_nip")
    private String superiorNip;

    protected Official() {}

    public Official(
            String nip,
            String name,
            String positionTitle,
            String echelon,
            String opdCode,
            String email,
            String superiorNip) {
        this.nip = nip;
        this.name = name;
        this.positionTitle = positionTitle;
        this.echelon = echelon;
        this.opdCode = opdCode;
        this.email = email;
        this.superiorNip = superiorNip;
    }

    /** Applies a change and says, in Indonesian, what changed ("" when nothing did). */
    public String update(
            String name, String positionTitle, String echelon, String opdCode, String email, String superiorNip) {
        StringBuilder changes = new StringBuilder();
        this.name = changed(changes, "nama", this.name, name);
        this.positionTitle = changed(changes, "jabatan", this.positionTitle, positionTitle);
        this.echelon = changed(changes, "eselon", this.echelon, echelon);
        this.opdCode = changed(changes, "OPD", this.opdCode, opdCode);
        this.email = changed(changes, "e-mail", this.email, email);
        this.superiorNip = changed(changes, "atasan", this.superiorNip, superiorNip);
        return changes.toString();
    }

    private static String changed(StringBuilder changes, String label, String old, String now) {
        if (!java.util.Objects.equals(old, now)) {
            changes.append(changes.isEmpty() ? "" : "; ")
                    .append(label)
                    .append(": ")
                    .append(old == null ? "-" : old)
                    .append(" -> ")
                    .append(now == null ? "-" : now);
        }
        return now;
    }

    public String getNip() {
        return nip;
    }

    public String getName() {
        return name;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public String getEchelon() {
        return echelon;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public String getEmail() {
        return email;
    }

    public String getSuperiorNip() {
        return superiorNip;
    }
}
